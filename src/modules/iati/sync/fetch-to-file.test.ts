import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IatiSourceServer } from '../../../../test/iati-source-server';
import { addressPolicy, isRefusedAddress, type AddressPolicy } from './address-policy';
import { removeDownload } from './download-dir';
import { fetchToFile, type FetchOptions } from './fetch-to-file';
import { MAX_REDIRECTS, redirectRefusal } from './http-get';

const NO_VALIDATORS = { etag: null, lastModified: null };
/** The policy of these tests: only 127.0.0.1 (where the test server is) counts as a public address. */
const ONLY_LOOPBACK_V4: AddressPolicy = (address) => address !== '127.0.0.1' && isRefusedAddress(address);

describe('fetching a URL: where it may go, where it lands, how long it may take', () => {
  let server: IatiSourceServer;
  let port: string;
  const options: FetchOptions = {
    limitBytes: 4 * 1024 * 1024,
    timeoutMs: 2_000,
    deadlineMs: 10_000,
    retries: 0,
    retryDelayMs: 5,
    refuses: addressPolicy(true),
  };

  beforeAll(async () => {
    server = await IatiSourceServer.start();
    port = new URL(server.url).port;
    server.serveFixture('real/usaid-2025/usaid-pa.xml');
  });
  afterAll(async () => {
    await server.close();
  });

  it('downloads into a new private folder, never into a shared one another user could make first', async () => {
    // The folder the sync used to share: made beforehand, open to everyone.
    const shared = path.join(os.tmpdir(), 'carsi-sync');
    fs.mkdirSync(shared, { recursive: true });
    const before = fs.readdirSync(shared);
    const result = await fetchToFile(`${server.url}/files/usaid-pa.xml`, NO_VALIDATORS, options);
    expect(result.kind).toBe('file');
    const file = result.kind === 'file' ? result.path : '';
    const dir = path.dirname(file);
    expect(path.dirname(dir)).toBe(os.tmpdir());
    expect(path.basename(dir)).toMatch(/^carsi-download-.{6}$/);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dir).uid).toBe(process.getuid?.());
    expect(fs.readdirSync(shared)).toEqual(before);
    await removeDownload(file);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('decompresses a gzip body, and refuses one cut short', async () => {
    const body = server.fileBody('usaid-pa.xml');
    server.misbehave('usaid-pa.xml', { kind: 'gzip' });
    const whole = await fetchToFile(`${server.url}/files/usaid-pa.xml`, NO_VALIDATORS, options);
    expect(whole).toMatchObject({
      kind: 'file',
      bytes: body.length,
      sha256: crypto.createHash('sha256').update(body).digest('hex'),
    });
    await cleanUp(whole);
    server.misbehave('usaid-pa.xml', { kind: 'gzip', cut: true });
    const cut = await fetchToFile(`${server.url}/files/usaid-pa.xml`, NO_VALIDATORS, options);
    server.misbehave('usaid-pa.xml', null);
    expect(cut).toMatchObject({ kind: 'failed', failure: { code: 'sync_truncated' } });
  });

  it('follows at most 5 redirects, and refuses the sixth', async () => {
    for (let hop = 0; hop < 6; hop += 1) {
      server.misbehave(`hop-${hop}.xml`, { kind: 'redirect', to: `/files/hop-${hop + 1}.xml` });
    }
    server.misbehave('hop-5.xml', { kind: 'redirect', to: '/files/usaid-pa.xml', status: 301 });
    const five = await fetchToFile(`${server.url}/files/hop-1.xml`, NO_VALIDATORS, options);
    expect(five).toMatchObject({ kind: 'file', requests: 6 });
    if (five.kind === 'file') {
      await removeDownload(five.path);
    }
    const six = await fetchToFile(`${server.url}/files/hop-0.xml`, NO_VALIDATORS, options);
    expect(six).toMatchObject({ kind: 'failed', requests: 6, failure: { code: 'sync_redirect_refused' } });
    expect(six.kind === 'failed' && six.failure.en).toContain(`more than ${MAX_REDIRECTS} redirects`);
  });

  it('sends the Datastore key and credentials to their own origin only', async () => {
    const sameOrigin = `${server.url}/files/usaid-pa.xml`;
    const otherHost = `http://localhost:${port}/files/usaid-pa.xml`;
    server.misbehave('same.xml', { kind: 'redirect', to: sameOrigin });
    server.misbehave('elsewhere.xml', { kind: 'redirect', to: otherHost });
    const keyed = { ...options, headers: { 'ocp-apim-subscription-key': 'datastore-secret' } };
    const asked = () =>
      server.requests.slice(-2).map((request) => [request.host, request.key, request.authorization]);

    await fetchToFile(`${server.url}/files/same.xml`, NO_VALIDATORS, keyed).then(cleanUp);
    expect(asked()).toEqual([
      [`127.0.0.1:${port}`, 'datastore-secret', undefined],
      [`127.0.0.1:${port}`, 'datastore-secret', undefined],
    ]);
    await fetchToFile(
      `http://reader:pa%24s@127.0.0.1:${port}/files/elsewhere.xml`,
      NO_VALIDATORS,
      keyed,
    ).then(cleanUp);
    const basic = `Basic ${Buffer.from('reader:pa$s').toString('base64')}`;
    expect(asked()).toEqual([
      [`127.0.0.1:${port}`, 'datastore-secret', basic],
      [`localhost:${port}`, undefined, undefined],
    ]);
  });

  it('refuses a loopback address by default, literal or looked up, without connecting', async () => {
    const refuse = { ...options, refuses: addressPolicy(false) };
    const seen = server.requests.length;
    for (const url of [`${server.url}/files/usaid-pa.xml`, `http://localhost:${port}/files/usaid-pa.xml`]) {
      const result = await fetchToFile(url, NO_VALIDATORS, refuse);
      expect(result).toMatchObject({ kind: 'failed', failure: { code: 'sync_address_refused' } });
      expect(result.kind === 'failed' && result.failure.en).toMatch(/is 127\.0\.0\.1, a loopback/);
    }
    expect(server.requests.length).toBe(seen);
  });

  it('checks every redirect: the metadata service and IPv6 loopback are refused', async () => {
    const only = { ...options, refuses: ONLY_LOOPBACK_V4 };
    server.misbehave('metadata.xml', { kind: 'redirect', to: 'http://169.254.169.254/latest/meta-data/' });
    server.misbehave('v6.xml', { kind: 'redirect', to: `http://[::1]:${port}/files/usaid-pa.xml` });
    server.misbehave('mapped.xml', { kind: 'redirect', to: `http://[::ffff:10.0.0.1]:${port}/files/a.xml` });
    for (const [name, address] of [
      ['metadata.xml', '169.254.169.254'],
      ['v6.xml', '::1'],
      ['mapped.xml', '::ffff:a00:1'],
    ]) {
      const result = await fetchToFile(`${server.url}/files/${name}`, NO_VALIDATORS, only);
      expect(result).toMatchObject({
        kind: 'failed',
        requests: 1,
        failure: { code: 'sync_address_refused' },
      });
      expect(result.kind === 'failed' && result.failure.en).toContain(`is ${address}`);
    }
  });

  it('never follows https to http, nor to another scheme', () => {
    const https = new URL('https://publisher.example/file.xml');
    expect(redirectRefusal(https, new URL('http://publisher.example/file.xml'), 1)?.en).toMatch(
      /https to unencrypted http/,
    );
    expect(redirectRefusal(https, new URL('file:///etc/passwd'), 1)?.en).toMatch(/file:, not http/);
    expect(redirectRefusal(https, new URL('https://mirror.example/file.xml'), 1)).toBeUndefined();
    expect(redirectRefusal(new URL('http://a.example/'), new URL('https://a.example/'), 5)).toBeUndefined();
  });
});

describe('the addresses refused by default', () => {
  it.each([
    '127.0.0.1',
    '127.5.6.7',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
  ])('refuses %s', (address) => {
    expect(isRefusedAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isRefusedAddress(address)).toBe(false);
    },
  );
});

async function cleanUp(result: Awaited<ReturnType<typeof fetchToFile>>): Promise<void> {
  expect(result.kind).toBe('file');
  if (result.kind === 'file') {
    await removeDownload(result.path);
  }
}
