/**
 * Spanish for the messages our schemas write themselves (zod translates its own). Keyed by the English text
 * as written in the schema; `validation-messages.test.ts` fails when a schema message has no entry.
 */
export const SPANISH_MESSAGES: Readonly<Record<string, string>> = {
  'must be an e-mail address': 'debe ser una dirección de correo electrónico',
  'must be an e-mail domain such as "example.org" (without "@")':
    'debe ser un dominio de correo como "example.org" (sin "@")',
  'must be an ISO 3166-1 alpha-2 code': 'debe ser un código ISO 3166-1 alfa-2',
  'must be an ISO 3166-1 alpha-2 code such as "HN"': 'debe ser un código ISO 3166-1 alfa-2 como "HN"',
  'must be a file name without folders': 'debe ser un nombre de archivo sin carpetas',
  'must be draft, submitted, approved or published': 'debe ser draft, submitted, approved o published',
  'must be an organisation id': 'debe ser el identificador de una organización',
  'must be an ISO 3166-2 code such as "HN-CR"': 'debe ser un código ISO 3166-2 como "HN-CR"',
  '"from" must not be after "to"': '"from" no puede ser posterior a "to"',
  'must be a date YYYY-MM-DD': 'debe ser una fecha AAAA-MM-DD',
  'must be an IATI codelist name such as "ActivityStatus"':
    'debe ser el nombre de una lista de códigos IATI como "ActivityStatus"',
  'must be letters or digits': 'solo puede tener letras o dígitos',
  'must be an IATI organisation identifier such as "US-GOV-1"':
    'debe ser un identificador de organización IATI como "US-GOV-1"',
  'must be an IATI OrganisationType code such as "10"':
    'debe ser un código de tipo de organización IATI como "10"',
  'must be a framework code such as "carsi"': 'debe ser el código de un marco como "carsi"',
  'a title in Spanish or English is required': 'se requiere un título en español o en inglés',
  'must be a Treasury account code such as "11x1022"':
    'debe ser un código de cuenta del Tesoro como "11x1022"',
  'must be a decimal number as text, e.g. "1250000.00"':
    'debe ser un número decimal como texto, p. ej. "1250000.00"',
  'must be a month YYYY-MM or a day YYYY-MM-DD': 'debe ser un mes AAAA-MM o un día AAAA-MM-DD',
  'must be a positive decimal such as "7.7512"': 'debe ser un decimal positivo como "7.7512"',
  'must be an IATI ActivityStatus code (1–6)': 'debe ser un código de estado de actividad IATI (1–6)',
  'must be an IATI OrganisationRole code (1–4)': 'debe ser un código de función de organización IATI (1–4)',
  'must be an IATI activity identifier such as "US-GOV-1-ABC"':
    'debe ser un identificador de actividad IATI como "US-GOV-1-ABC"',
  'must be an ISO 3166-2 code': 'debe ser un código ISO 3166-2',
  'must be an ISO 4217 code such as "GTQ"': 'debe ser un código ISO 4217 como "GTQ"',
  'must be an ISO 4217 code such as "USD"': 'debe ser un código ISO 4217 como "USD"',
  'must be an ISO 4217 code': 'debe ser un código ISO 4217',
  'must be an http(s) address': 'debe ser una dirección http(s)',
  'must be the `nextCursor` of the previous page': 'debe ser el `nextCursor` de la página anterior',
  'must have at most two decimals': 'puede tener como máximo dos decimales',
  'must be lowercase letters, digits, ".", "-" or "_"': 'debe tener solo minúsculas, dígitos, ".", "-" o "_"',
};

export const REQUIRED = { es: 'Este campo es obligatorio.', en: 'This field is required.' } as const;
