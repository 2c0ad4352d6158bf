import type { Located } from '../parse/parsed-activity';

export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * One problem found in a file: how bad, a stable code (docs/IATI.md lists them), where, which activity, and
 * what it means in both product languages. `error` means something was not stored (an activity, a
 * transaction or a budget — the message says which); `warning` means it was stored as published or with a
 * stated repair; `info` records a choice the importer made.
 */
export interface Finding {
  readonly severity: FindingSeverity;
  readonly code: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly activityIdentifier: string | null;
  readonly message: { readonly es: string; readonly en: string };
}

/** Collects the findings of one activity (or of the file, with no activity). */
export class Findings {
  readonly list: Finding[] = [];

  constructor(private readonly activityIdentifier: string | null) {}

  add(severity: FindingSeverity, code: string, where: Located | undefined, es: string, en: string): void {
    this.list.push({
      severity,
      code,
      line: where?.line ?? null,
      column: where?.column ?? null,
      activityIdentifier: this.activityIdentifier,
      message: { es, en },
    });
  }
}
