import { readFile } from 'node:fs/promises';
import type { IatiSourceRow } from '../iati.table';
import { addressPolicy } from './address-policy';
import { removeDownload } from './download-dir';
import { fetchToFile, type FetchOptions } from './fetch-to-file';
import { activityFileUrls, packageSearchUrl } from './registry-datasets';
import type { ReadResult, Resolution, SourceReader, SourceTarget } from './source-reader';
import { syncFailure } from './sync-failure';
import type { SyncSettings } from './sync-settings';

/** Datasets per Registry page, and pages read at most (a publisher with more is not a real one). */
const REGISTRY_PAGE = 1000;
const REGISTRY_PAGES = 20;
/** The Registry's answer is a list, not a file: it may be far smaller than the file limit. */
const REGISTRY_LIMIT_BYTES = 50 * 1024 * 1024;

/** Reads sources over HTTP: a file URL, a Datastore query, or the files an IATI Registry publisher lists. */
export function httpReader(settings: SyncSettings, signal?: AbortSignal): SourceReader {
  const options: FetchOptions = {
    limitBytes: settings.limitBytes,
    timeoutMs: settings.timeoutMs,
    deadlineMs: settings.deadlineMs,
    retries: settings.retries,
    retryDelayMs: settings.retryDelayMs,
    // Also for the dataset URLs the Registry lists: third-party publishers choose them.
    refuses: addressPolicy(settings.allowPrivateAddresses),
    signal,
  };
  const datastoreHeaders: Record<string, string> =
    settings.datastoreKey === undefined ? {} : { 'ocp-apim-subscription-key': settings.datastoreKey };
  const single = (url: string): Resolution => ({
    targets: [{ url }],
    requests: 0,
    httpStatus: null,
    failure: null,
  });

  return {
    async resolve(source: IatiSourceRow): Promise<Resolution> {
      switch (source.kind) {
        case 'file_url':
          return single(source.location);
        case 'datastore_query': {
          const query = new URLSearchParams(source.location.replace(/^\?/, '')).toString();
          return single(`${settings.datastoreUrl}?${query}`);
        }
        case 'registry_publisher':
          return registryTargets(settings.registryUrl, source.location, options);
        case 'shipped':
          throw new Error('shipped sources are read from disk (shippedReader)');
      }
    },

    async read(target: SourceTarget, validators): Promise<ReadResult> {
      const isDatastore = target.url.startsWith(`${settings.datastoreUrl}?`);
      const result = await fetchToFile(target.url, validators, {
        ...options,
        headers: {
          accept: 'application/xml, text/xml;q=0.9, */*;q=0.5',
          ...(isDatastore ? datastoreHeaders : {}),
        },
      });
      return result.kind === 'file' ? { ...result, temporary: true } : result;
    },
  };
}

/** The download URLs of a publisher's activity datasets, page by page from the Registry's CKAN API. */
async function registryTargets(
  registryUrl: string,
  publisher: string,
  options: FetchOptions,
): Promise<Resolution> {
  const urls = new Set<string>();
  let requests = 0;
  let httpStatus: number | null = null;
  for (let page = 0; page < REGISTRY_PAGES; page += 1) {
    const url = packageSearchUrl(registryUrl, publisher, page * REGISTRY_PAGE, REGISTRY_PAGE);
    const fetched = await fetchToFile(
      url,
      { etag: null, lastModified: null },
      {
        ...options,
        limitBytes: Math.min(options.limitBytes, REGISTRY_LIMIT_BYTES),
        headers: { accept: 'application/json' },
      },
    );
    requests += fetched.requests;
    httpStatus = fetched.httpStatus;
    if (fetched.kind !== 'file') {
      const failure = fetched.kind === 'failed' ? fetched.failure : syncFailure.registryInvalid(url);
      return { targets: [], requests, httpStatus, failure };
    }
    const text = await readFile(fetched.path, 'utf8').finally(() => removeDownload(fetched.path));
    const found = activityFileUrls(parseJson(text));
    if (found === undefined) {
      return { targets: [], requests, httpStatus, failure: syncFailure.registryInvalid(url) };
    }
    found.urls.forEach((item) => urls.add(item));
    if (found.datasets < REGISTRY_PAGE || (page + 1) * REGISTRY_PAGE >= found.count) {
      break;
    }
  }
  return {
    targets: [...urls].map((url) => ({ url })),
    requests,
    httpStatus,
    failure: urls.size === 0 ? syncFailure.noFiles(publisher) : null,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
