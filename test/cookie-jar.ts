/**
 * Just enough of a browser's cookie handling to follow a sign-in across two local servers with `fetch`:
 * cookies are kept per host name (as browsers do: not per port), paths and attributes are ignored, and a
 * cookie set with `Max-Age=0` or a past `Expires` is dropped. Redirects are not followed, so tests see them.
 */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  /** Sends a request with this jar's cookies for the host and keeps the cookies the response sets. */
  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.header(target);
    if (cookie !== '') {
      headers.set('cookie', cookie);
    }
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.store(target, response.headers.getSetCookie());
    return response;
  }

  /** The value of one cookie for the host of `url`, if set. */
  get(url: string | URL, name: string): string | undefined {
    return this.byHost.get(new URL(url).hostname)?.get(name);
  }

  private header(url: URL): string {
    return [...(this.byHost.get(url.hostname) ?? new Map<string, string>()).entries()]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }

  private store(url: URL, setCookies: readonly string[]): void {
    const cookies = this.byHost.get(url.hostname) ?? new Map<string, string>();
    this.byHost.set(url.hostname, cookies);
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const expired = attributes.some((attribute) => {
        const [key = '', value = ''] = attribute.split('=');
        return (
          (key.toLowerCase() === 'max-age' && Number(value) <= 0) ||
          (key.toLowerCase() === 'expires' && Date.parse(value) <= Date.now())
        );
      });
      if (expired) {
        cookies.delete(name);
      } else {
        cookies.set(name, pair.slice(separator + 1));
      }
    }
  }
}
