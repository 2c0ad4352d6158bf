import crypto from 'node:crypto';
import { canonicalJson } from '@/platform/crypto/canonical-json';

/**
 * A signed statement of the audit chain's head at a moment, handed to a third party for safekeeping.
 * Whoever later holds it can prove the trail was not truncated or rewritten before that head.
 */
export interface AuditAnchor {
  readonly version: 1;
  readonly seq: number;
  readonly hash: string;
  readonly signedAt: string;
  /** Ed25519 public key, SPKI PEM. */
  readonly publicKey: string;
  /** Ed25519 signature (base64) over the canonical JSON of the other fields. */
  readonly signature: string;
}

export function signAnchor(
  head: { seq: number; hash: string },
  privateKey: crypto.KeyObject,
  now: Date,
): AuditAnchor {
  const publicKey = crypto.createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  const unsigned = {
    version: 1 as const,
    seq: head.seq,
    hash: head.hash,
    signedAt: now.toISOString(),
    publicKey,
  };
  const signature = crypto.sign(null, Buffer.from(canonicalJson(unsigned)), privateKey).toString('base64');
  return { ...unsigned, signature };
}

/**
 * True when the anchor's signature is valid and, if a trusted public key is given, made with that key.
 */
export function verifyAnchorSignature(anchor: AuditAnchor, trustedPublicKeyPem?: string): boolean {
  if (
    trustedPublicKeyPem !== undefined &&
    normalisePem(trustedPublicKeyPem) !== normalisePem(anchor.publicKey)
  ) {
    return false;
  }
  const { signature, ...unsigned } = anchor;
  try {
    const key = crypto.createPublicKey(anchor.publicKey);
    return crypto.verify(null, Buffer.from(canonicalJson(unsigned)), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function normalisePem(pem: string): string {
  return pem.replace(/\s+/g, '');
}
