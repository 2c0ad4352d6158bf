/**
 * What a US Treasury appropriation account code looks like here (`11x1022`, `72x1037`). Shared by the
 * account form and the IATI importer's reading thread, which must not load the funding module.
 */
export const ACCOUNT_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{1,19}$/;

/** The code when it has that form; undefined otherwise. */
export const accountCodeOrUndefined = (code: string | undefined): string | undefined =>
  code !== undefined && ACCOUNT_CODE_PATTERN.test(code) ? code : undefined;
