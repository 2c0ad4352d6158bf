import crypto from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts sensitive fields at rest with AES-256-GCM: a random 96-bit IV per value, and associated data
 * naming where the value lives (table, column, row id) so a ciphertext copied to another row fails to decrypt.
 * Output: `v1.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
export function encryptField(key: Buffer, plaintext: string, associatedData: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** @throws Error when the value was altered, moved to another row, or encrypted with another key */
export function decryptField(key: Buffer, stored: string, associatedData: string): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined) {
    throw new Error('decryptField: unknown format');
  }
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
