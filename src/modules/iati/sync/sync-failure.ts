import { withoutCredentials } from './source-urls';

/**
 * Why a fetch of a source failed, in both product languages, with a stable code that screens and scripts
 * branch on. Stored as JSON on the attempt and, until a fetch succeeds, on the source (`last_error`).
 * Addresses are quoted without their user and password.
 */
export interface SyncFailure {
  readonly code: SyncFailureCode;
  readonly es: string;
  readonly en: string;
}

export type SyncFailureCode =
  | 'sync_http_error'
  | 'sync_network_error'
  | 'sync_timeout'
  | 'sync_truncated'
  | 'sync_too_large'
  | 'sync_refused'
  | 'sync_import_failed'
  | 'sync_registry_invalid'
  | 'sync_no_files'
  | 'sync_shipped_missing'
  | 'sync_address_refused'
  | 'sync_redirect_refused'
  | 'sync_interrupted';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const minutes = (ms: number) => `${+(ms / 60_000).toFixed(2)} min`;

/** An address as a message quotes it: never with its user and password. */
const shown = withoutCredentials;

/** The messages of each failure; `detail` parts are what the server or the import said. */
export const syncFailure = {
  httpError: (url: string, status: number): SyncFailure => ({
    code: 'sync_http_error',
    es: `El servidor respondió HTTP ${status} al pedir ${shown(url)}; se conservan los datos importados antes.`,
    en: `The server answered HTTP ${status} for ${shown(url)}; the data imported before is kept.`,
  }),
  network: (url: string, detail: string): SyncFailure => ({
    code: 'sync_network_error',
    es: `No se pudo conectar con ${shown(url)} (${detail}); se conservan los datos importados antes.`,
    en: `Could not reach ${shown(url)} (${detail}); the data imported before is kept.`,
  }),
  timeout: (url: string, timeoutMs: number): SyncFailure => ({
    code: 'sync_timeout',
    es: `${shown(url)} dejó de enviar datos durante ${timeoutMs / 1000} s; se abandonó la descarga y se conservan los datos importados antes.`,
    en: `${shown(url)} sent nothing for ${timeoutMs / 1000} s; the download was abandoned and the data imported before is kept.`,
  }),
  truncated: (url: string, received: number, declared: number | null): SyncFailure => ({
    code: 'sync_truncated',
    es: `La descarga de ${shown(url)} se cortó tras ${received} bytes${declared === null ? '' : ` de ${declared}`}; no se importó nada de ella.`,
    en: `The download of ${shown(url)} was cut off after ${received} bytes${declared === null ? '' : ` of ${declared}`}; nothing from it was imported.`,
  }),
  tooLarge: (url: string, limit: number): SyncFailure => ({
    code: 'sync_too_large',
    es: `${shown(url)} supera el límite de ${mib(limit)} (CARSI_IMPORT_LIMIT_BYTES); no se importó.`,
    en: `${shown(url)} exceeds the ${mib(limit)} limit (CARSI_IMPORT_LIMIT_BYTES); it was not imported.`,
  }),
  refused: (url: string, refusal: { es: string; en: string } | undefined): SyncFailure => ({
    code: 'sync_refused',
    es: `La importación rechazó el archivo de ${shown(url)}: ${refusal?.es ?? ''} Se conservan los datos importados antes.`,
    en: `The import refused the file from ${shown(url)}: ${refusal?.en ?? ''} The data imported before is kept.`,
  }),
  importFailed: (url: string): SyncFailure => ({
    code: 'sync_import_failed',
    es: `La plataforma falló al importar el archivo de ${shown(url)}; no se guardó nada de él. El registro del servidor tiene el detalle.`,
    en: `The platform failed while importing the file from ${shown(url)}; nothing from it was kept. The server log has the details.`,
  }),
  registryInvalid: (url: string): SyncFailure => ({
    code: 'sync_registry_invalid',
    es: `La respuesta del Registro IATI (${shown(url)}) no es la lista de conjuntos de datos esperada.`,
    en: `The IATI Registry's answer (${shown(url)}) is not the expected list of datasets.`,
  }),
  noFiles: (location: string): SyncFailure => ({
    code: 'sync_no_files',
    es: `"${shown(location)}" no lleva a ningún archivo de actividades; revise la ubicación de la fuente.`,
    en: `"${shown(location)}" leads to no activity file; check the source's location.`,
  }),
  shippedMissing: (file: string): SyncFailure => ({
    code: 'sync_shipped_missing',
    es: `El archivo ${file} no está en los datos de referencia instalados.`,
    en: `The file ${file} is not in the installed reference data.`,
  }),
  deadline: (url: string, deadlineMs: number): SyncFailure => ({
    code: 'sync_timeout',
    es: `${shown(url)} no terminó de enviar el archivo en ${minutes(deadlineMs)} (CARSI_SYNC_DEADLINE_MS); se abandonó la descarga y se conservan los datos importados antes.`,
    en: `${shown(url)} did not finish sending the file within ${minutes(deadlineMs)} (CARSI_SYNC_DEADLINE_MS); the download was abandoned and the data imported before is kept.`,
  }),
  addressRefused: (url: string, host: string, address: string): SyncFailure => ({
    code: 'sync_address_refused',
    es: `No se descargó ${shown(url)}: ${host} es ${address}, una dirección local, privada o de enlace local (CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES). Se conservan los datos importados antes.`,
    en: `${shown(url)} was not fetched: ${host} is ${address}, a loopback, private or link-local address (CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES). The data imported before is kept.`,
  }),
  redirectRefused: (url: string, reason: { es: string; en: string }): SyncFailure => ({
    code: 'sync_redirect_refused',
    es: `No se siguió la redirección de ${shown(url)}: ${reason.es}. Se conservan los datos importados antes.`,
    en: `The redirect from ${shown(url)} was not followed: ${reason.en}. The data imported before is kept.`,
  }),
  unsupportedEncoding: (url: string, encoding: string): SyncFailure => ({
    code: 'sync_http_error',
    es: `${shown(url)} envió el archivo comprimido como "${encoding}", que no se sabe leer; se conservan los datos importados antes.`,
    en: `${shown(url)} sent the file compressed as "${encoding}", which cannot be read; the data imported before is kept.`,
  }),
  interrupted: (): SyncFailure => ({
    code: 'sync_interrupted',
    es: 'La sincronización no terminó (se detuvo el proceso que la hacía, o se interrumpió); no se importó nada a medias.',
    en: 'The sync did not finish (the process running it stopped, or was interrupted); nothing was half-imported.',
  }),
};
