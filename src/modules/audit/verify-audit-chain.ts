import type { ServiceContext } from '@/platform/context';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash';
import { verifyAnchorSignature, type AuditAnchor } from './audit-anchor';

const PAGE_SIZE = 1000;

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

export type ChainVerdict =
  | { readonly ok: true; readonly entries: number; readonly head: ChainHead | null }
  | {
      readonly ok: false;
      readonly entries: number;
      readonly firstBrokenSeq: number;
      readonly reason: string;
    };

/**
 * Walks the audit chain in order and recomputes every hash and link. Detects a modified, deleted,
 * inserted or reordered entry even when the append-only triggers were dropped; with an anchor (a signed
 * earlier head kept elsewhere) it also detects truncation and wholesale rewriting.
 */
export async function verifyAuditChain({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { anchor?: AuditAnchor; publicKeyPem?: string };
}): Promise<ChainVerdict> {
  if (input.anchor !== undefined && !verifyAnchorSignature(input.anchor, input.publicKeyPem)) {
    return {
      ok: false,
      entries: 0,
      firstBrokenSeq: input.anchor.seq,
      reason: 'the anchor signature is not valid',
    };
  }
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let anchorSeen = input.anchor?.seq === 0;
  for (;;) {
    const page = await ctx.db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE_SIZE)
      .execute();
    for (const row of page) {
      const broken = checkEntry(row, expectedSeq, prevHash);
      if (broken !== undefined) {
        return { ok: false, entries: expectedSeq - 1, firstBrokenSeq: expectedSeq, reason: broken };
      }
      if (input.anchor?.seq === row.seq) {
        if (input.anchor.hash !== row.hash) {
          return {
            ok: false,
            entries: expectedSeq - 1,
            firstBrokenSeq: row.seq,
            reason: 'differs from the anchored entry',
          };
        }
        anchorSeen = true;
      }
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (page.length < PAGE_SIZE) {
      break;
    }
  }
  const entries = expectedSeq - 1;
  if (input.anchor !== undefined && !anchorSeen) {
    return {
      ok: false,
      entries,
      firstBrokenSeq: entries + 1,
      reason: `truncated: the anchored entry ${input.anchor.seq} is missing`,
    };
  }
  return { ok: true, entries, head: entries === 0 ? null : { seq: entries, hash: prevHash } };
}

function checkEntry(
  row: Parameters<typeof hashAuditEvent>[0] & { hash: string },
  expectedSeq: number,
  prevHash: string,
): string | undefined {
  if (row.seq !== expectedSeq) {
    return `entry ${expectedSeq} is missing (next is ${row.seq})`;
  }
  if (row.prev_hash !== prevHash) {
    return 'does not link to the previous entry';
  }
  if (hashAuditEvent(row) !== row.hash) {
    return 'its content does not match its hash';
  }
  return undefined;
}
