import { z } from 'zod';

/**
 * Elements and attributes of other namespaces (the US `usg:` ones) that an imported IATI record carried,
 * exactly as published: what the activity page shows as the raw published values.
 */
export const PublishedExtensions = z
  .object({
    namespaces: z.record(z.string(), z.string()).describe('prefix → namespace URI'),
    attributes: z.record(z.string(), z.string()),
    elements: z.array(z.string()).describe('each element as XML, as published'),
  })
  .meta({ id: 'PublishedExtensions' });
export type PublishedExtensions = z.infer<typeof PublishedExtensions>;

/** The stored JSON of `iati_extensions` columns, for the API. */
export const publishedExtensionsOf = (json: string | null): PublishedExtensions | null =>
  json === null ? null : (JSON.parse(json) as PublishedExtensions);
