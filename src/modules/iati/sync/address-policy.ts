import dns, { type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Destinations a sync refuses unless CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES=true: this machine, the private
 * networks, link-local addresses (169.254.169.254 is the cloud metadata service), unique-local IPv6, and
 * the special-purpose ranges no publisher serves files from. A source's URL — and worse, a dataset URL a
 * third party listed on the IATI Registry — must not reach the platform's own network. IPv4-mapped IPv6
 * addresses (`::ffff:127.0.0.1`) are checked as the IPv4 address they carry.
 */
const REFUSED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  REFUSED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['64:ff9b:1::', 48], // local-use NAT64
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  REFUSED.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is one a sync refuses by default. */
export function isRefusedAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && REFUSED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Which addresses a fetch refuses to connect to: true for a refused address. */
export type AddressPolicy = (address: string) => boolean;

/** The policy of the configuration: private destinations refused unless CARSI_SYNC_ALLOW_PRIVATE_ADDRESSES. */
export const addressPolicy = (allowPrivate: boolean): AddressPolicy =>
  allowPrivate ? () => false : isRefusedAddress;

/** A request went, or was redirected, to a refused destination. */
export class AddressRefusedError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} is ${address}, a loopback, private or link-local address`);
    this.name = 'AddressRefusedError';
  }
}

/** A URL's host without the brackets of an IPv6 literal. */
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** The refused address a URL names literally (`http://10.0.0.1/`), if any: such hosts are not looked up. */
export function refusedLiteral(url: URL, refuses: AddressPolicy): string | undefined {
  const host = bareHost(url);
  return isIP(host) !== 0 && refuses(host) ? host : undefined;
}

/**
 * A DNS lookup for `http.request` that refuses a host when any of its addresses is refused: the check
 * happens when the connection is made, on the addresses it connects to, so a name that resolves
 * differently later (DNS rebinding) gains nothing.
 */
export function guardedLookup(refuses: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error !== null) {
        callback(error, '', 0);
        return;
      }
      const refused = addresses.find((entry) => refuses(entry.address));
      if (refused !== undefined) {
        callback(new AddressRefusedError(hostname, refused.address), '', 0);
        return;
      }
      if (options.all === true) {
        (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
        return;
      }
      const first = addresses[0];
      callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

/** How long registration waits for DNS before leaving the check to the sync. */
const REGISTRATION_LOOKUP_MS = 3_000;

/**
 * The refused address a URL leads to, checked when a source is registered: a literal address, or any
 * address its host resolves to now. A host that does not resolve (yet) passes: the sync checks again on
 * every request and every redirect.
 */
export async function refusedDestination(url: URL, allowPrivate: boolean): Promise<string | undefined> {
  if (allowPrivate) {
    return undefined;
  }
  const host = bareHost(url);
  if (isIP(host) !== 0) {
    return refusedLiteral(url, isRefusedAddress);
  }
  const lookup = dns.promises.lookup(host, { all: true }).catch(() => []);
  const timeout = new Promise<LookupAddress[]>((resolve) => {
    setTimeout(() => resolve([]), REGISTRATION_LOOKUP_MS).unref();
  });
  const addresses = await Promise.race([lookup, timeout]);
  return addresses.find((entry) => isRefusedAddress(entry.address))?.address;
}
