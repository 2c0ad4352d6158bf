/** Every action the audit trail records, named `{entity}.{verb}`. Add new ones here. */
export type AuditAction = 'reference_data.load';

export interface AuditEntry {
  readonly action: AuditAction;
  readonly entity: string;
  readonly entityId: string;
  /** What changed (`before`/`after`/`changedFields`) or what was done; secrets are removed before storing. */
  readonly details?: Readonly<Record<string, unknown>>;
}
