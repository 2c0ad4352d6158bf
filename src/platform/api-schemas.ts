import { z } from 'zod';

/** A text in both product languages; either may be empty where the source has none. */
export const Bilingual = z.object({ es: z.string(), en: z.string() }).meta({ id: 'Bilingual' });
export type Bilingual = z.infer<typeof Bilingual>;

/** `{ items: [...] }`, the envelope of every list. */
export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

export function bilingual(es: string, en: string): Bilingual {
  return { es, en };
}

/** The query of a route that takes no parameters: an unknown one is a 400, not silently ignored. */
export const NoQuery = z.strictObject({});

/** The documented answer of a route that answers 204 (or 202) without a body. */
export const NoContent = z.null().describe('no content');
