import { z } from 'zod';

/** Largest page a list returns (ARCHITECTURE: cursor pagination, limit ≤ 200). */
export const MAX_PAGE_SIZE = 200;

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50).describe('page size, at most 200'),
  cursor: z.string().max(100).optional().describe('`nextCursor` of the previous page'),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** `{ items, nextCursor }`: `nextCursor` is null on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Cuts one extra row fetched to learn whether another page exists. */
export function toPage<T>(rows: readonly T[], limit: number, cursorOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
