/** Every action the audit trail records, named `{entity}.{verb}`. Add new ones here. */
export type AuditAction =
  | 'reference_data.load'
  | 'organisation.create'
  | 'organisation.update'
  | 'user.create'
  | 'user.update'
  | 'user.grants_set'
  | 'user.password_change'
  | 'user.password_reset_request'
  | 'user.password_reset'
  | 'user.mfa_enable'
  | 'user.mfa_disable'
  | 'user.sessions_revoke'
  | 'token.create'
  | 'token.revoke'
  | 'setup.complete'
  | 'sso_rule.create'
  | 'sso_rule.delete'
  | 'auth.sign_in'
  | 'auth.sign_in_failure'
  | 'auth.sign_out'
  | 'auth.denied'
  | 'mail_outbox.read'
  | 'activity.create'
  | 'activity.update'
  | 'activity.workflow'
  | 'transaction.create'
  | 'transaction.update'
  | 'transaction.delete'
  | 'budget.create'
  | 'budget.update'
  | 'budget.delete'
  | 'exchange_rate.create'
  | 'account.create'
  | 'account.update'
  | 'period_lock.create'
  | 'period_lock.delete'
  | 'funding_event.create'
  | 'demo.load'
  | 'activity.import'
  | 'iati.import'
  | 'iati.source.register'
  | 'iati.source.update'
  | 'iati.source.sync';

export interface AuditEntry {
  readonly action: AuditAction;
  readonly entity: string;
  readonly entityId: string;
  /** What changed (`before`/`after`/`changedFields`) or what was done; secrets are removed before storing. */
  readonly details?: Readonly<Record<string, unknown>>;
}
