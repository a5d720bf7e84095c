import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Addresses a webhook must not reach unless its host is allowed by name: this host, the private networks, link-local, multicast. */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

const internal = (address: string): boolean => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  return mapped ? INTERNAL.check(mapped, 'ipv4') : INTERNAL.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
};

/**
 * Why `dest` may not receive deliveries, or null: an http(s) URL without credentials, whose host resolves only to
 * public addresses, unless WEBHOOK_ALLOW_HOSTS names it. Checked when subscribing and again before every delivery,
 * so a name that starts resolving to an internal address later is refused then.
 */
export async function destinationProblem(dest: string, allowHosts: readonly string[]): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(dest);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (url.username || url.password) return 'must not carry credentials: the signature authenticates deliveries';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (allowHosts.includes(host)) return null;
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true }).then(
        (found) => found.map((entry) => entry.address),
        () => null,
      );
  if (addresses === null || addresses.length === 0) return `host ${host} does not resolve`;
  if (addresses.some(internal)) return `host ${host} is a private or loopback address: list it in WEBHOOK_ALLOW_HOSTS to allow it`;
  return null;
}
