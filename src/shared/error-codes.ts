/**
 * Every stable error code the API can return, its HTTP status and its message in each language.
 * Isomorphic: the server renders problem+json from it and the web app can show the same words.
 * docs/ERRORS.md lists exactly these codes (a test keeps the two equal).
 */
export const ERROR_CODES = {
  validation_failed: {
    status: 400,
    es: 'La solicitud tiene datos no válidos.',
    en: 'The request has invalid data.',
  },
  malformed_body: {
    status: 400,
    es: 'El cuerpo de la solicitud no se puede leer (JSON mal formado).',
    en: 'The request body cannot be read (malformed JSON).',
  },
  unauthenticated: {
    status: 401,
    es: 'Debe iniciar sesión para hacer esto.',
    en: 'You must sign in to do this.',
  },
  invalid_credentials: {
    status: 401,
    es: 'Correo o contraseña incorrectos.',
    en: 'Wrong e-mail or password.',
  },
  wrong_password: {
    status: 401,
    es: 'La contraseña no es correcta.',
    en: 'The password is not correct.',
  },
  invalid_mfa_code: {
    status: 401,
    es: 'El código de verificación no es válido o ya se usó.',
    en: 'The verification code is not valid or was already used.',
  },
  session_expired: {
    status: 401,
    es: 'Su sesión terminó; inicie sesión de nuevo.',
    en: 'Your session has ended; sign in again.',
  },
  forbidden: {
    status: 403,
    es: 'No tiene permiso para hacer esto.',
    en: 'You are not allowed to do this.',
  },
  csrf_failed: {
    status: 403,
    es: 'Falta el token antifalsificación (CSRF) o no corresponde a su sesión; recargue la página.',
    en: 'The anti-forgery (CSRF) token is missing or does not match your session; reload the page.',
  },
  reauth_required: {
    status: 403,
    es: 'Por seguridad, confirme su contraseña de nuevo para hacer esto.',
    en: 'For security, confirm your password again to do this.',
  },
  mfa_pending: {
    status: 403,
    es: 'Complete primero la verificación en dos pasos.',
    en: 'Complete the two-step verification first.',
  },
  setup_not_allowed: {
    status: 403,
    es: 'La configuración inicial requiere el enlace de un solo uso que muestra el servidor, y solo se hace una vez.',
    en: 'Initial setup needs the one-time link the server prints, and happens only once.',
  },
  not_found: { status: 404, es: 'No se encontró el recurso.', en: 'The resource was not found.' },
  route_not_found: {
    status: 404,
    es: 'No existe esa dirección en la API.',
    en: 'There is no such address in the API.',
  },
  country_not_found: {
    status: 404,
    es: 'El país no existe o no forma parte de CARSI.',
    en: 'The country does not exist or is not part of CARSI.',
  },
  subdivision_not_found: {
    status: 404,
    es: 'La subdivisión no existe.',
    en: 'The subdivision does not exist.',
  },
  framework_not_found: {
    status: 404,
    es: 'El marco estratégico no existe.',
    en: 'The strategic framework does not exist.',
  },
  codelist_not_found: {
    status: 404,
    es: 'La lista de códigos no existe.',
    en: 'The code list does not exist.',
  },
  dataset_not_found: {
    status: 404,
    es: 'El conjunto de datos no existe.',
    en: 'The dataset does not exist.',
  },
  activity_not_found: {
    status: 404,
    es: 'La actividad no existe.',
    en: 'The activity does not exist.',
  },
  transaction_not_found: {
    status: 404,
    es: 'La transacción no existe en esta actividad.',
    en: 'The transaction does not exist in this activity.',
  },
  budget_not_found: {
    status: 404,
    es: 'El presupuesto no existe en esta actividad.',
    en: 'The budget does not exist in this activity.',
  },
  account_not_found: {
    status: 404,
    es: 'La cuenta de asignación presupuestaria no existe.',
    en: 'The appropriation account does not exist.',
  },
  import_job_not_found: {
    status: 404,
    es: 'La importación no existe.',
    en: 'The import does not exist.',
  },
  iati_source_not_found: {
    status: 404,
    es: 'La fuente de datos IATI no existe.',
    en: 'The IATI data source does not exist.',
  },
  invalid_token: {
    status: 400,
    es: 'El enlace no es válido, ya se usó o caducó; pida uno nuevo.',
    en: 'The link is not valid, was already used or has expired; ask for a new one.',
  },
  method_not_allowed: {
    status: 405,
    es: 'Ese método no está permitido en esta dirección.',
    en: 'That method is not allowed at this address.',
  },
  not_acceptable: {
    status: 406,
    es: 'No se puede responder en el formato pedido.',
    en: 'The requested format cannot be produced.',
  },
  conflict: {
    status: 409,
    es: 'El cambio choca con el estado actual del registro.',
    en: 'The change conflicts with the current state of the record.',
  },
  workflow_transition_not_allowed: {
    status: 409,
    es: 'Ese paso del flujo de aprobación no es posible desde el estado actual de la actividad.',
    en: 'That approval step is not possible from the activity’s current state.',
  },
  iati_sync_running: {
    status: 409,
    es: 'La fuente ya se está sincronizando; espere a que termine.',
    en: 'The source is already being synced; wait for it to finish.',
  },
  period_locked: {
    status: 409,
    es: 'El año fiscal está cerrado para esta organización; pida a quien lo cerró que lo reabra.',
    en: 'The fiscal year is locked for this organisation; ask whoever locked it to reopen it.',
  },
  precondition_failed: {
    status: 412,
    es: 'Alguien cambió el registro mientras usted lo editaba; recárguelo y vuelva a intentarlo.',
    en: 'Someone changed the record while you were editing it; reload it and try again.',
  },
  precondition_required: {
    status: 428,
    es: 'Falta la cabecera If-Match con la versión del registro que usted editó.',
    en: 'The If-Match header with the version of the record you edited is missing.',
  },
  payload_too_large: {
    status: 413,
    es: 'La solicitud es demasiado grande.',
    en: 'The request is too large.',
  },
  unsupported_media_type: {
    status: 415,
    es: 'El tipo de contenido de la solicitud no se admite.',
    en: 'The request content type is not supported.',
  },
  rate_limited: {
    status: 429,
    es: 'Demasiadas solicitudes; espere un momento y vuelva a intentarlo.',
    en: 'Too many requests; wait a moment and try again.',
  },
  internal_error: {
    status: 500,
    es: 'Error interno. Si se repite, comunique el identificador de la solicitud.',
    en: 'Internal error. If it happens again, report the request id.',
  },
  service_unavailable: {
    status: 503,
    es: 'El servicio no está disponible en este momento.',
    en: 'The service is unavailable right now.',
  },
} as const satisfies Record<string, { status: number; es: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export type Language = 'es' | 'en';

export const LANGUAGES: readonly Language[] = ['es', 'en'];
