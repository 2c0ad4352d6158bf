import { ValidationError, type FieldProblem } from '@/platform/errors';
import { refusedDestination } from './address-policy';
import type { SourceKind } from './source.schemas';
import { readShippedSources } from './shipped-sources';
import type { SourceCheckSettings } from './sync-settings';

const problem = (es: string, en: string, code = 'invalid_location'): FieldProblem => ({
  path: 'body.location',
  code,
  message: { es, en },
});

function syntaxProblem(kind: SourceKind, location: string): FieldProblem | undefined {
  switch (kind) {
    case 'file_url': {
      const url = URL.canParse(location) ? new URL(location) : undefined;
      return url !== undefined && ['http:', 'https:'].includes(url.protocol)
        ? undefined
        : problem(
            'Debe ser la dirección http(s) del archivo IATI.',
            'Must be the IATI file’s http(s) address.',
          );
    }
    case 'registry_publisher':
      return /^[a-z0-9_-]{2,100}$/.test(location)
        ? undefined
        : problem(
            'Debe ser el identificador del publicador en el Registro IATI, p. ej. "usaid".',
            'Must be the publisher’s IATI Registry id, e.g. "usaid".',
          );
    case 'datastore_query':
      return [...new URLSearchParams(location.replace(/^\?/, '')).keys()].some((key) => key !== '')
        ? undefined
        : problem(
            'Debe ser una consulta del Datastore IATI, p. ej. "q=reporting_org_ref:US-GOV-1".',
            'Must be an IATI Datastore query, e.g. "q=reporting_org_ref:US-GOV-1".',
          );
    case 'shipped':
      return undefined;
  }
}

/**
 * Checks that a location suits its kind: an http(s) address that does not lead to a refused destination
 * (a literal loopback, private or link-local address, or a host that resolves to one now; the sync checks
 * again on every request), a Registry publisher id, a Datastore query, or (shipped) a folder listed in
 * reference/iati/public/sources.json.
 * @throws ValidationError `validation_failed` on `body.location` (`invalid_location`, `address_refused`)
 */
export async function checkSourceLocation(
  kind: SourceKind,
  location: string,
  settings: SourceCheckSettings,
): Promise<void> {
  const found = syntaxProblem(kind, location);
  if (found !== undefined) {
    throw new ValidationError([found]);
  }
  if (kind === 'file_url') {
    const url = new URL(location);
    const refused = await refusedDestination(url, settings.allowPrivateAddresses);
    if (refused !== undefined) {
      throw new ValidationError([
        problem(
          `${url.hostname} es ${refused}, una dirección local, privada o de enlace local: no se descargan archivos de ahí (CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES).`,
          `${url.hostname} is ${refused}, a loopback, private or link-local address: files are not fetched from there (CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES).`,
          'address_refused',
        ),
      ]);
    }
  }
  if (kind === 'shipped') {
    const folders = (await readShippedSources(settings.referenceDir)).map((source) => source.folder);
    if (!folders.includes(location)) {
      throw new ValidationError([
        problem(
          `Debe ser una carpeta de los datos públicos instalados: ${folders.join(', ')}.`,
          `Must be a folder of the installed public data: ${folders.join(', ')}.`,
        ),
      ]);
    }
  }
}
