/**
 * Web addresses: which inputs name one, and which lead to this machine or
 * its private network (a feed's item links are untrusted data and must not
 * make Tidings read such a host).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** An input or link that names a web address (fetched) rather than a file. */
export const WEB_ADDRESS = /^https?:\/\//i;

/** The host of `url`, lower case, without brackets or a final dot; undefined when it is no URL. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** An IP address of this machine, a private or shared network, or link-local (IPv4, IPv6, IPv4 written as IPv6). */
export function isLocalAddress(address: string): boolean {
  const ip = address.toLowerCase();
  if (isIP(ip) === 6) {
    const mapped = /^(?:0{0,4}:){0,5}:?ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(ip);
    if (mapped) {
      const v4 = mapped[1] ?? [parseInt(mapped[2], 16) >> 8, parseInt(mapped[2], 16) & 255, parseInt(mapped[3], 16) >> 8, parseInt(mapped[3], 16) & 255].join('.');
      return isLocalAddress(v4);
    }
    return ip === '::1' || ip === '::' || /^f[cd][0-9a-f]{0,2}:/.test(ip) || /^fe[89ab][0-9a-f]?:/.test(ip) || /^fe[c-f][0-9a-f]?:/.test(ip);
  }
  if (isIP(ip) !== 4) return false;
  const [a, b] = ip.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** `url` names `localhost` or a local address (`isLocalAddress`). */
export function isLocalHost(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && (host === 'localhost' || host.endsWith('.localhost') || isLocalAddress(host));
}

/** `url` names a local host, or a name that resolves to a local address. */
export async function reachesLocalHost(url: string): Promise<boolean> {
  if (isLocalHost(url)) return true;
  const host = hostOf(url);
  if (host === undefined || isIP(host) !== 0) return false;
  try {
    return (await lookup(host, { all: true })).some(({ address }) => isLocalAddress(address));
  } catch {
    return false;
  }
}
