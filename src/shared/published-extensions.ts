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

/** Whether a kept element is a US Treasury account (`usg:treasury-account`, whatever the prefix). */
export const isTreasuryAccountElement = (xml: string): boolean =>
  /^<[^\s>]*:treasury-account[\s/>]/.test(xml);

/** The stored extensions without the published Treasury account (after the account was changed by hand). */
export function withoutTreasuryAccount(json: string | null): string | null {
  const extensions = publishedExtensionsOf(json);
  if (extensions === null) {
    return null;
  }
  return JSON.stringify({
    ...extensions,
    elements: extensions.elements.filter((xml) => !isTreasuryAccountElement(xml)),
  });
}
