import crypto from 'node:crypto';

/** Random bytes are drawn from the CSPRNG in blocks: one call per id costs more than the id (bulk imports). */
const POOL_SIZE = 16 * 1024;
let pool = Buffer.alloc(0);
let offset = POOL_SIZE;

function randomBlock(): Buffer {
  if (offset + 16 > pool.length) {
    pool = crypto.randomBytes(POOL_SIZE);
    offset = 0;
  }
  const block = Buffer.from(pool.subarray(offset, offset + 16));
  offset += 16;
  return block;
}

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits from the CSPRNG. Sorts by creation time,
 * which keeps indexes compact, and is portable across SQLite and PostgreSQL as text.
 */
export function uuidv7(now: Date = new Date()): string {
  const bytes = randomBlock();
  bytes.writeUIntBE(now.getTime(), 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
