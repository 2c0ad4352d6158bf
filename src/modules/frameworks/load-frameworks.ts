import type { Transaction } from 'kysely';
import type { Database } from '@/platform/db/database';
import { upsertRows } from '@/platform/db/upsert';
import { readReferenceFile, type ReferenceFile } from '@/platform/reference-files';
import type { FrameworkElementTable, FrameworkTable } from './framework.table';

const CARSI_FILE = 'frameworks/carsi.json';
const ESCA_FILE = 'frameworks/sica_esca.json';
const ESCA_SOURCE_URL =
  'https://www.gob.mx/sre/acciones-y-programas/estrategia-de-seguridad-de-centroamerica-esca';

interface Bilingual {
  es: string;
  en: string;
}
interface CarsiFile {
  code: string;
  name: Bilingual;
  description: Bilingual;
  source: { title: string; url: string };
  elements: { kind: 'goal' | 'line_of_work'; code: string; name: Bilingual; description?: Bilingual }[];
}
interface EscaFile {
  name_es: string;
  name_en: string;
  _about: string;
  components: {
    code: string;
    name_es: string;
    name_en: string;
    scope_as_described?: string;
    source?: string;
  }[];
}

export function frameworkReferenceFiles(referenceDir: string): ReferenceFile[] {
  return [readReferenceFile(referenceDir, CARSI_FILE), readReferenceFile(referenceDir, ESCA_FILE)];
}

/** Loads the CARSI framework (5 goals, 3 lines of work) and the SICA ESCA components. Idempotent. */
export async function loadFrameworks(
  trx: Transaction<Database>,
  files: readonly ReferenceFile[],
): Promise<number> {
  const [carsiFile, escaFile] = files;
  const carsi = JSON.parse(carsiFile?.text ?? '') as CarsiFile;
  const esca = JSON.parse(escaFile?.text ?? '') as EscaFile;

  const frameworks: FrameworkTable[] = [
    {
      code: carsi.code,
      name_es: carsi.name.es,
      name_en: carsi.name.en,
      description_es: carsi.description.es,
      description_en: carsi.description.en,
      source_title: carsi.source.title,
      source_url: carsi.source.url,
      position: 1,
    },
    {
      code: 'esca',
      name_es: esca.name_es,
      name_en: esca.name_en,
      description_es:
        'Estrategia regional del SICA, revisada en 2011; sus componentes orientan la cooperación en seguridad.',
      description_en: "SICA's regional strategy, revised in 2011; its components guide security cooperation.",
      source_title: 'SRE México, Estrategia de Seguridad de Centroamérica (ESCA)',
      source_url: ESCA_SOURCE_URL,
      position: 2,
    },
  ];
  const elements: FrameworkElementTable[] = [
    ...carsi.elements.map((element, index) => ({
      framework_code: carsi.code,
      code: element.code,
      kind: element.kind,
      position: index + 1,
      name_es: element.name.es,
      name_en: element.name.en,
      description_es: element.description?.es ?? '',
      description_en: element.description?.en ?? '',
    })),
    ...esca.components.map((component, index) => ({
      framework_code: 'esca',
      code: component.code,
      kind: 'component' as const,
      position: index + 1,
      name_es: component.name_es,
      name_en: component.name_en,
      description_es: '',
      description_en: '',
    })),
  ];
  await upsertRows(trx, 'framework', frameworks, ['code']);
  await upsertRows(trx, 'framework_element', elements, ['framework_code', 'code']);
  return frameworks.length + elements.length;
}
