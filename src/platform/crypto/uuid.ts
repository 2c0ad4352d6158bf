import crypto from 'node:crypto';

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits from the CSPRNG. Sorts by creation time,
 * which keeps indexes compact, and is portable across SQLite and PostgreSQL as text.
 */
export function uuidv7(now: Date = new Date()): string {
  const bytes = crypto.randomBytes(16);
  const millis = BigInt(now.getTime());
  for (let i = 0; i < 6; i += 1) {
    bytes[i] = Number((millis >> BigInt(8 * (5 - i))) & 0xffn);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
