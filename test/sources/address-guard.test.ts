// The SSRF guard refuses every non-public address, in every spelling, and lets public ones through.
import { describe, expect, it } from "vitest";
import { blockedAddressReason } from "../../src/sources/address-guard.ts";

describe("blockedAddressReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.1.2.3", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared (carrier-grade NAT)"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["fe80::1%eth0", "link-local"],
    ["fd12:3456::1", "unique-local"],
    ["fc00::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::FFFF:10.0.0.1", "private"],
    ["::169.254.169.254", "link-local"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["2002:7f00:1::", "loopback"],
  ])("refuses %s (%s)", (ip, why) => {
    expect(blockedAddressReason(ip)).toBe(why);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::"])(
    "lets public %s through",
    (ip) => {
      expect(blockedAddressReason(ip)).toBeNull();
    },
  );

  it("refuses what is not an address", () => {
    expect(blockedAddressReason("example.org")).toBe("not an IP address");
  });
});
