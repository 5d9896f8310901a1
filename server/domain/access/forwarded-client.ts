// Who a request comes from and whether it arrived over https, when a reverse proxy may stand in between.
// X-Forwarded-For and X-Forwarded-Proto are believed only from a configured proxy, because anyone else can
// write them; the client is the right-most forwarded address that is not itself a trusted proxy.

/** An address range: the first `prefix` bits of a 128-bit address (IPv4 lives in ::ffff:0:0/96). */
export interface AddressRange {
  bits: bigint;
  prefix: number;
}

/** The proxies whose forwarding headers are believed; empty believes nobody's. */
export type TrustedProxies = readonly AddressRange[];

export interface RequestFacts {
  /** The socket peer as Node reports it; undefined when there is no socket (an in-process request). */
  peer: string | undefined;
  /** Whether Node itself served the request over TLS. */
  isEncrypted: boolean;
  /** Every X-Forwarded-For value, joined with commas as a proxy chain writes them. */
  forwardedFor: string | undefined;
  forwardedProto: string | undefined;
}

export interface ClientOrigin {
  /** The client's address in canonical form, or 'unknown' without a socket. */
  address: string;
  isHttps: boolean;
}

const IPV4_MAPPED = 0xffffn << 32n;

/** Names an operator may write instead of ranges; each stands for the ranges listed. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
};

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    // Leading zeros are refused: some tools read them as octal, so "010" would mean different hosts.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  // Only the very last group may be written as dotted IPv4 (::ffff:10.0.0.1).
  const groupsOf = (half: string, isLast: boolean): bigint[] | null => {
    if (half === '') return [];
    const groups: bigint[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (isLast && i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (v4 === null) return null;
        groups.push(v4 >> 16n, v4 & 0xffffn);
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
        groups.push(BigInt(`0x${part}`));
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1]!, true) : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<bigint>(missing).fill(0n), ...tail];
  return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

/**
 * An address as a 128-bit number, IPv4 as IPv4-mapped IPv6; null when it is not an address. Accepts what
 * sockets and proxies write: a zone (`fe80::1%eth0`), brackets and a port (`[::1]:443`, `10.0.0.1:5000`).
 */
export function parseAddress(text: string): bigint | null {
  let s = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.indexOf(':'));
  s = s.replace(/%[\w.-]+$/, '');
  if (s.length > 45) return null;
  const v4 = parseIpv4(s);
  if (v4 !== null) return IPV4_MAPPED | v4;
  return s.includes(':') ? parseIpv6(s) : null;
}

/** The canonical text of a parsed address: dotted IPv4, or RFC 5952 IPv6 (lower case, longest zeros ::). */
export function formatAddress(bits: bigint): string {
  if (bits >> 32n === 0xffffn) {
    return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 0xffn)).join('.');
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((bits >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}

function parseRange(text: string): AddressRange | null {
  const [address, prefixText, ...rest] = text.split('/');
  if (rest.length > 0 || address === undefined) return null;
  const bits = parseAddress(address);
  if (bits === null || address.includes('[') || address.includes('%')) return null;
  const isV4 = bits >> 32n === 0xffffn && !address.includes(':');
  const width = isV4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  if (prefix > width) return null;
  return { bits, prefix: isV4 ? 96 + prefix : prefix };
}

/**
 * Reads TRUSTED_PROXIES: comma-separated addresses, CIDR ranges and the name `loopback`; empty trusts none.
 * @example parseTrustedProxies('loopback, 10.0.0.0/8') // { proxies: [127.0.0.0/8, ::1/128, 10.0.0.0/8] }
 */
export function parseTrustedProxies(text: string): { proxies: TrustedProxies } | { invalid: string } {
  const proxies: AddressRange[] = [];
  for (const entry of text.split(',').map((e) => e.trim().toLowerCase())) {
    if (entry === '') continue;
    for (const range of NAMED_RANGES[entry] ?? [entry]) {
      const parsed = parseRange(range);
      if (!parsed) return { invalid: entry };
      proxies.push(parsed);
    }
  }
  return { proxies };
}

export function isTrusted(bits: bigint, proxies: TrustedProxies): boolean {
  return proxies.some(
    ({ bits: net, prefix }) => bits >> BigInt(128 - prefix) === net >> BigInt(128 - prefix),
  );
}

/** Who sent a request and whether over https, believing forwarded headers only from a trusted peer. */
export function resolveClient(facts: RequestFacts, proxies: TrustedProxies): ClientOrigin {
  const peer = facts.peer === undefined ? null : parseAddress(facts.peer);
  const direct = {
    address: peer === null ? (facts.peer ?? 'unknown') : formatAddress(peer),
    isHttps: facts.isEncrypted,
  };
  if (peer === null || !isTrusted(peer, proxies)) return direct;

  // Walk back from the nearest hop: every trusted proxy appended the address it saw, so the first
  // untrusted one is where the chain left our proxies. Anything further left the client wrote itself.
  let client = peer;
  const hops = (facts.forwardedFor ?? '').split(',').map((h) => h.trim());
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    if (hops[i] === '') continue;
    const hop = parseAddress(hops[i]!);
    // A hop that is not an address cannot be checked; the proxy that reported it is the best we know.
    if (hop === null) break;
    client = hop;
    if (!isTrusted(hop, proxies)) break;
  }
  // The first value is the edge proxy's, where TLS usually ends; a client that forges it harms only itself.
  const proto = facts.forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return {
    address: formatAddress(client),
    isHttps: proto === 'https' ? true : proto === 'http' ? false : facts.isEncrypted,
  };
}

/**
 * The key a per-address limit counts under: the IPv4 address, or the /64 of an IPv6 one, since a single
 * IPv6 subscriber is handed a whole /64 and could otherwise pick a fresh address for every attempt.
 */
export function limitKeyOf(address: string): string {
  const bits = parseAddress(address);
  if (bits === null || bits >> 32n === 0xffffn) return address;
  return `${formatAddress((bits >> 64n) << 64n)}/64`;
}
