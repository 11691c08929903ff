// The SSRF guard's address check: is this IP one a fetcher on the open web must not reach?
// Loopback, private (RFC 1918), carrier-grade NAT, link-local (169.254/16, fe80::/10), unique-local
// (fc00::/7), multicast, reserved and unspecified addresses are refused; IPv4 carried inside IPv6
// (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is
// checked as the IPv4 address it carries, so no spelling of 127.0.0.1 gets through.
import { isIPv4, isIPv6 } from "node:net";

/** [first address, prefix length, why] for IPv4 ranges no public web server lives in (IANA special-purpose registry). */
const BLOCKED_V4: readonly [string, number, string][] = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared (carrier-grade NAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

function v4ToInt(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

/** Eight 16-bit groups of an IPv6 address (with :: expanded and a trailing dotted quad folded in). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase().replace(/%.*$/, "");
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const n = v4ToInt(quad[1]!);
    text = `${text.slice(0, quad.index)}${((n >>> 16) & 0xffff).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const parse = (s: string | undefined) => (s ? s.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const h = parse(head);
  const t = parse(tail);
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill(0);
  return [...h, ...fill, ...t];
}

function blockedV4(ip: string): string | null {
  const n = v4ToInt(ip);
  if (n === 0xffffffff) return "broadcast";
  for (const [base, bits, why] of BLOCKED_V4) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((n & mask) >>> 0 === (v4ToInt(base) & mask) >>> 0) return why;
  }
  return null;
}

const v4FromGroups = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

function blockedV6(ip: string): string | null {
  const g = v6Groups(ip);
  if (g.length !== 8) return "malformed";
  const zeroPrefix = (k: number) => g.slice(0, k).every((x) => x === 0);
  if (zeroPrefix(8)) return "unspecified";
  if (zeroPrefix(7) && g[7] === 1) return "loopback";
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated): the IPv4 address inside decides.
  if (zeroPrefix(5) && g[5] === 0xffff) return blockedV4(v4FromGroups(g[6]!, g[7]!));
  if (zeroPrefix(6)) return blockedV4(v4FromGroups(g[6]!, g[7]!));
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))
    return blockedV4(v4FromGroups(g[6]!, g[7]!));
  if (g[0] === 0x2002) return blockedV4(v4FromGroups(g[1]!, g[2]!));
  const first = g[0]!;
  if ((first & 0xffc0) === 0xfe80) return "link-local";
  if ((first & 0xffc0) === 0xfec0) return "site-local";
  if ((first & 0xfe00) === 0xfc00) return "unique-local";
  if ((first & 0xff00) === 0xff00) return "multicast";
  if (first === 0x2001 && g[1] === 0x0db8) return "documentation";
  return null;
}

/** Why this address must not be fetched ("loopback", "private", ...), or null when it is public. */
export function blockedAddressReason(ip: string): string | null {
  if (isIPv4(ip)) return blockedV4(ip);
  if (isIPv6(ip)) return blockedV6(ip);
  return "not an IP address";
}
