import { z } from 'zod';

/** The part of a CKAN `package_search` answer the sync reads (IATI Registry API v3). */
const PackageSearch = z.object({
  success: z.literal(true),
  result: z.object({
    count: z.number().int().min(0),
    results: z.array(
      z.object({
        resources: z.array(z.object({ url: z.string() })).default([]),
        extras: z.array(z.object({ key: z.string(), value: z.unknown() })).default([]),
      }),
    ),
  }),
});

/**
 * The activity files' download URLs on one page of a Registry `package_search`, and how many datasets the
 * search matched in all; undefined when the answer is not such a page. Organisation files (filetype
 * `organisation`) are left out: they hold no activities.
 */
export function activityFileUrls(
  json: unknown,
): { urls: string[]; datasets: number; count: number } | undefined {
  const parsed = PackageSearch.safeParse(json);
  if (!parsed.success) {
    return undefined;
  }
  const activityDatasets = parsed.data.result.results.filter(
    (dataset) => !dataset.extras.some((extra) => extra.key === 'filetype' && extra.value === 'organisation'),
  );
  const urls = activityDatasets
    .flatMap((dataset) => dataset.resources.map((resource) => resource.url.trim()))
    .filter((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol));
  return { urls, datasets: parsed.data.result.results.length, count: parsed.data.result.count };
}

/** The `package_search` URL of one page of a publisher's datasets. */
export function packageSearchUrl(
  registryUrl: string,
  publisher: string,
  start: number,
  rows: number,
): string {
  const query = new URLSearchParams({
    fq: `organization:${publisher}`,
    rows: String(rows),
    start: String(start),
  });
  return `${registryUrl}/package_search?${query.toString()}`;
}
