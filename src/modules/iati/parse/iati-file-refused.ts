/** Why a whole file was refused (nothing from it is kept): not well-formed, a DOCTYPE, or no IATI content. */
export type RefusalCode = 'xml_not_well_formed' | 'xml_doctype_refused' | 'iati_no_activities_element';

/** A file that cannot be imported at all, with where the reader stopped (1-based line and column). */
export class IatiFileRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${code} at line ${line}, column ${column}: ${detail}`);
    this.name = 'IatiFileRefused';
  }
}
