export type { AuditAction, AuditEntry } from './audit-action';
export type { AuditAnchor } from './audit-anchor';
export { recordAudit, recordAuditEntries } from './record-audit';
export { verifyAuditChain, type ChainVerdict } from './verify-audit-chain';
export { anchorAuditHead } from './anchor-audit-head';
export { listAuditEvents, AuditEventQuery, AuditExportQuery, AuditEventOutput } from './list-audit-events';
export { exportAuditEvents } from './export-audit-events';
export { actorId } from './audit-values';
export { listEntityHistory, HistoryEntryOutput } from './list-entity-history';
