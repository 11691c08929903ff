// The SSRF guard for outgoing requests the server makes (alert webhooks): only http(s), and every
// address a host name resolves to must be public unless private targets are allowed. The check runs
// inside the socket's own DNS lookup, so the address checked is the address connected to (no
// rebinding between a check and the connection).
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { SitrepError } from "../errors.ts";
import { blockedAddressReason } from "../sources/address-guard.ts";

/**
 * True for loopback, private, link-local, unique-local, multicast and unspecified addresses (and
 * IPv4 carried inside IPv6): the live fetcher's own classification, so both guards refuse alike.
 */
export function isPrivateAddress(address: string): boolean {
  return blockedAddressReason(address) !== null;
}

export function checkUrlScheme(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SitrepError("E_URL_PRIVATE", `${url}: not a valid URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new SitrepError("E_URL_PRIVATE", `${url}: only http and https URLs are fetched`);
  return parsed;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for http.request that refuses private addresses (unless allowed). */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: object, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) {
        const error = new SitrepError(
          "E_URL_PRIVATE",
          `${hostname} resolves to ${bad.address}`,
        ) as unknown as NodeJS.ErrnoException;
        return callback(error, []);
      }
      const all = (options as { all?: boolean }).all;
      if (all) return callback(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
