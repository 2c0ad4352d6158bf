import type { RefusalCode } from '../parse/iati-file-refused';

/** Why a file was refused, in both languages; `detail` is the XML reader's own (English) words. */
export function refusalMessage(
  code: RefusalCode | 'iati_schema_invalid',
  where: { line: number | null; column: number | null },
  detail: string,
): { es: string; en: string } {
  const at =
    where.line === null
      ? { es: '', en: '' }
      : where.column === null
        ? { es: ` (línea ${where.line})`, en: ` (line ${where.line})` }
        : {
            es: ` (línea ${where.line}, columna ${where.column})`,
            en: ` (line ${where.line}, column ${where.column})`,
          };
  switch (code) {
    case 'xml_not_well_formed':
      return {
        es: `El archivo no es XML bien formado${at.es} (el lector XML dice, en inglés: «${detail}»). No se importó nada de él.`,
        en: `The file is not well-formed XML${at.en}: ${detail}. Nothing from it was imported.`,
      };
    case 'xml_doctype_refused':
      return {
        es: `El archivo declara un DOCTYPE${at.es}; por seguridad no se aceptan. No se importó nada de él.`,
        en: `The file declares a DOCTYPE${at.en}; they are refused for safety. Nothing from it was imported.`,
      };
    case 'iati_no_activities_element':
      return {
        es: `El archivo no contiene <iati-activities> ni <iati-activity>${at.es}; no es un archivo de actividades IATI.`,
        en: `The file holds no <iati-activities> or <iati-activity>${at.en}; it is not an IATI activity file.`,
      };
    case 'iati_schema_invalid':
      return {
        es: `El archivo no es válido según el esquema oficial IATI 2.03${at.es} (el validador dice, en inglés: «${detail}»). No se importó nada de él.`,
        en: `The file is not valid against the official IATI 2.03 schema${at.en}: ${detail}. Nothing from it was imported.`,
      };
  }
}
