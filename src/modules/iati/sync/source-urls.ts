/**
 * Addresses as they are stored and shown. A file URL may carry a user and password (`https://u:p@host/`)
 * or a token in its query: the credentials stay in the source's location, which only administrators read,
 * and are never written anywhere else (attempts, resources, files, error messages); readers who may not
 * change sources see neither credentials nor query values.
 */

/** The URL without its user and password; anything that is not a URL is returned as it is. */
export function withoutCredentials(url: string): string {
  if (!URL.canParse(url)) {
    return url;
  }
  const parsed = new URL(url);
  if (parsed.username === '' && parsed.password === '') {
    return url;
  }
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}

/** A query with its values hidden and its names kept: `q=…&rows=…`. */
export function redactQuery(query: string): string {
  return query
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '')
    .map((part) => `${part.split('=')[0] ?? ''}=…`)
    .join('&');
}

/** A URL as a reader without `iati.source.manage` sees it: no credentials, no query values, no fragment. */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) {
    return url;
  }
  const parsed = new URL(withoutCredentials(url));
  const query = redactQuery(parsed.search);
  parsed.hash = '';
  parsed.search = '';
  return `${parsed.toString()}${query === '' ? '' : `?${query}`}`;
}

/** Every http(s) address in a text (an error message), redacted; punctuation after it stays the text's. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>]+/g, (found) => {
    const [, url = found, after = ''] = /^(.*?)([.,;:!?)]*)$/.exec(found) ?? [];
    return `${redactUrl(url)}${after}`;
  });
}

/** A source row as the audit trail keeps it: its location without user and password. */
export function withoutLocationCredentials<T extends { location: string }>(row: T): T {
  return { ...row, location: withoutCredentials(row.location) };
}
