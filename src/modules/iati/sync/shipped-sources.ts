import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** Where the list of public files shipped with the product is, inside `reference/`. */
export const SHIPPED_SOURCES_FILE = 'iati/public/sources.json';

const ShippedSource = z.object({
  name: z.string(),
  publisher: z.string(),
  /** Where the files were taken from; each file's URL is `origin/<file name>`. */
  origin: z.string(),
  licence: z.string(),
  /** The files' folder inside `reference/`: a shipped source's location. */
  folder: z.string(),
  files: z.array(z.string().regex(/^[^/\\]+\.xml$/)).min(1),
  limitations_es: z.string(),
  limitations_en: z.string(),
});
export type ShippedSource = z.infer<typeof ShippedSource>;

const ShippedSources = z.object({ sources: z.array(ShippedSource) });

/** The public sources shipped in `reference/iati/public/sources.json`. */
export async function readShippedSources(referenceDir: string): Promise<readonly ShippedSource[]> {
  const text = await readFile(path.join(referenceDir, SHIPPED_SOURCES_FILE), 'utf8');
  return ShippedSources.parse(JSON.parse(text)).sources;
}

/** The shipped source whose files are in `folder`, if any. */
export async function findShippedSource(
  referenceDir: string,
  folder: string,
): Promise<ShippedSource | undefined> {
  return (await readShippedSources(referenceDir)).find((source) => source.folder === folder);
}

/** The URL a shipped file was taken from, recorded as the file's source URL. */
export const shippedFileUrl = (source: ShippedSource, file: string): string =>
  `${source.origin.replace(/\/$/, '')}/${file}`;
