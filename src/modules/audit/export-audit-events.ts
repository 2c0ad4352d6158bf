import type { ServiceContext } from '@/platform/context';
import { toCsv } from '@/platform/csv';
import { MAX_PAGE_SIZE } from '@/platform/pagination';
import { AuditExportQuery, listAuditEvents } from './list-audit-events';
import { parseInput } from '@/platform/validation';

/** Rows in one export; a larger audit log is exported by date range. */
const MAX_EXPORT_ROWS = 100_000;

/**
 * The audit log as CSV with the same filters as the list (SECURITY.md AC6), formula-safe (F5).
 * @throws AppError `unauthenticated`; ForbiddenError; ValidationError
 */
export async function exportAuditEvents({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AuditExportQuery;
}): Promise<string> {
  const filters = parseInput(AuditExportQuery, input, 'query');
  const rows: (string | number)[][] = [];
  let cursor: string | null = null;
  do {
    const page = await listAuditEvents({
      ctx,
      input: { ...filters, limit: MAX_PAGE_SIZE, ...(cursor === null ? {} : { cursor }) },
    });
    for (const event of page.items) {
      rows.push([
        event.seq,
        event.occurredAt,
        event.actorType,
        event.actorId,
        event.action,
        event.entity,
        event.entityId,
        event.requestId,
        JSON.stringify(event.details),
        event.hash,
      ]);
    }
    cursor = page.nextCursor;
  } while (cursor !== null && rows.length < MAX_EXPORT_ROWS);
  return toCsv(
    [
      'seq',
      'occurred_at',
      'actor_type',
      'actor_id',
      'action',
      'entity',
      'entity_id',
      'request_id',
      'details',
      'hash',
    ],
    rows,
  );
}
