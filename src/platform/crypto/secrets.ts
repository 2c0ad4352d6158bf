import crypto from 'node:crypto';

/** A new unguessable token: 32 bytes from the CSPRNG, base64url (SECURITY.md K3, S1). */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** How tokens and session ids are stored: only their SHA-256, so a database leak reveals no credential. */
export function sha256Hex(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
