import type crypto from 'node:crypto';
import type { ServiceContext } from '@/platform/context';
import { AppError } from '@/platform/errors';
import { GENESIS_HASH } from './audit-hash';
import { signAnchor, type AuditAnchor } from './audit-anchor';
import { verifyAuditChain } from './verify-audit-chain';

/**
 * Verifies the chain and signs its head. Refuses to anchor a broken chain: an anchor vouches for
 * everything before it.
 * @throws AppError `conflict` when the chain is broken
 */
export async function anchorAuditHead({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { privateKey: crypto.KeyObject };
}): Promise<AuditAnchor> {
  const verdict = await verifyAuditChain({ ctx, input: {} });
  if (!verdict.ok) {
    throw new AppError(
      'conflict',
      `audit entry ${verdict.firstBrokenSeq} is broken (${verdict.reason}); not anchoring`,
    );
  }
  return signAnchor(verdict.head ?? { seq: 0, hash: GENESIS_HASH }, input.privateKey, ctx.now());
}
