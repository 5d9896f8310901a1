import { describe, expect, it } from 'vitest';
import {
  formatAddress,
  limitKeyOf,
  parseAddress,
  parseTrustedProxies,
  resolveClient,
  type RequestFacts,
  type TrustedProxies,
} from '../../../../server/domain/access/forwarded-client';

const canonical = (text: string) => {
  const bits = parseAddress(text);
  return bits === null ? null : formatAddress(bits);
};

const trust = (text: string): TrustedProxies => {
  const parsed = parseTrustedProxies(text);
  if (!('proxies' in parsed)) throw new Error(`bad test setting ${text}`);
  return parsed.proxies;
};

describe('parseAddress and formatAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::1', '::1'],
    ['::', '::'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0:1:0:0:0:1', '2001:db8:0:1::1'],
    ['2001:db8:1:0:1:0:1:0', '2001:db8:1:0:1:0:1:0'],
    ['fe80::1%eth0', 'fe80::1'],
    ['[2001:db8::7]:4711', '2001:db8::7'],
    ['198.51.100.4:5000', '198.51.100.4'],
    [' 198.51.100.4 ', '198.51.100.4'],
    ['255.255.255.255', '255.255.255.255'],
    ['[::1]', '::1'],
    ['0:0:0:0:0:ffff:1.2.3.4', '1.2.3.4'],
    ['0000:0000:0000:0000:0000:ffff:255.255.255.255', '255.255.255.255'],
    // RFC 5952: the longest run of zero groups becomes "::", the first of two equally long ones.
    ['1:0:0:0:1:0:0:1', '1::1:0:0:1'],
    ['1:0:0:1:0:0:0:1', '1:0:0:1::1'],
    ['2001:db8:0:0:0:0:1:2', '2001:db8::1:2'],
  ])('reads %j as %j', (text, expected) => {
    expect(canonical(text)).toBe(expected);
  });

  it.each([
    '',
    'unknown',
    'localhost',
    '256.1.1.1',
    '1.2.3',
    '010.0.0.1',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '1.2.3.4::',
    'a'.repeat(60),
    'x[::1]',
    '[::1]:443x',
    '198.51.100.4:5000x',
    'fe80::1%eth0:1',
    '::1.2.3.4:1',
    '::ffff:1.2.3',
    '1::zz',
    '1:2:3:4:5:6:7',
  ])('refuses %j as no address', (text) => {
    expect(parseAddress(text)).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  it.each([
    ['', 0],
    [' , ', 0],
    ['loopback', 2],
    ['LOOPBACK, 10.0.0.0/8', 3],
    ['192.0.2.10, 2001:db8::/32, ::ffff:10.0.0.0/104', 3],
  ])('reads %j as %i ranges', (text, count) => {
    expect(parseTrustedProxies(text)).toEqual({ proxies: expect.any(Array) });
    expect((parseTrustedProxies(text) as { proxies: TrustedProxies }).proxies).toHaveLength(count);
  });

  it.each([
    ['10.0.0.0/33', '10.0.0.0/33'],
    ['2001:db8::/129', '2001:db8::/129'],
    ['proxy.example.com', 'proxy.example.com'],
    ['loopback, private', 'private'],
    ['10.0.0.1/8/8', '10.0.0.1/8/8'],
    ['10.0.0.0/x', '10.0.0.0/x'],
    ['[::1]', '[::1]'],
    ['10.0.0.0/x8', '10.0.0.0/x8'],
    ['10.0.0.0/8x', '10.0.0.0/8x'],
  ])('refuses %j, naming %j', (text, invalid) => {
    expect(parseTrustedProxies(text)).toEqual({ invalid });
  });
});

describe('resolveClient', () => {
  // Read inside each test, never while the file loads: a broken parser must fail tests, not the file.
  const proxies = () => trust('loopback, 10.0.0.0/8');
  const facts = (overrides: Partial<RequestFacts>): RequestFacts => ({
    peer: '203.0.113.7',
    isEncrypted: false,
    forwardedFor: undefined,
    forwardedProto: undefined,
    ...overrides,
  });

  it.each([
    {
      when: 'an untrusted peer forges both headers',
      facts: facts({ forwardedFor: '198.51.100.1', forwardedProto: 'https' }),
      expected: { address: '203.0.113.7', isHttps: false },
    },
    {
      when: 'there is no socket (an in-process request)',
      facts: facts({ peer: undefined, forwardedFor: '198.51.100.1' }),
      expected: { address: 'unknown', isHttps: false },
    },
    {
      when: 'Node itself serves https to an untrusted peer',
      facts: facts({ isEncrypted: true, forwardedProto: 'http' }),
      expected: { address: '203.0.113.7', isHttps: true },
    },
    {
      when: 'the trusted proxy forwards a client over https',
      facts: facts({ peer: '127.0.0.1', forwardedFor: '198.51.100.1', forwardedProto: 'https' }),
      expected: { address: '198.51.100.1', isHttps: true },
    },
    {
      when: 'the trusted proxy is reached over IPv4-mapped IPv6',
      facts: facts({ peer: '::ffff:10.1.2.3', forwardedFor: '198.51.100.1' }),
      expected: { address: '198.51.100.1', isHttps: false },
    },
    {
      when: 'the client prepended a forged address before the proxy appended its real one',
      facts: facts({ peer: '127.0.0.1', forwardedFor: '192.0.2.66, 198.51.100.1' }),
      expected: { address: '198.51.100.1', isHttps: false },
    },
    {
      when: 'two trusted proxies stand in a chain',
      facts: facts({ peer: '127.0.0.1', forwardedFor: '192.0.2.66, 198.51.100.1, 10.0.0.9' }),
      expected: { address: '198.51.100.1', isHttps: false },
    },
    {
      when: 'the headers arrive as several lines, joined',
      facts: facts({ peer: '10.0.0.2', forwardedFor: '198.51.100.1, 10.0.0.9,' }),
      expected: { address: '198.51.100.1', isHttps: false },
    },
    {
      when: 'the right-most forwarded value is no address',
      facts: facts({ peer: '10.0.0.2', forwardedFor: '198.51.100.1, unknown' }),
      expected: { address: '10.0.0.2', isHttps: false },
    },
    {
      when: 'every hop is a trusted proxy (the proxy asking for itself)',
      facts: facts({ peer: '127.0.0.1', forwardedFor: '10.0.0.5' }),
      expected: { address: '10.0.0.5', isHttps: false },
    },
    {
      when: 'the trusted proxy sends no forwarding headers',
      facts: facts({ peer: '127.0.0.1', isEncrypted: false }),
      expected: { address: '127.0.0.1', isHttps: false },
    },
    {
      when: 'a chain of proxies lists its protocols, the edge first',
      facts: facts({ peer: '127.0.0.1', forwardedFor: '198.51.100.1', forwardedProto: 'HTTPS, http' }),
      expected: { address: '198.51.100.1', isHttps: true },
    },
    {
      when: 'a proxy says plain http although Node served TLS',
      facts: facts({ peer: '127.0.0.1', forwardedProto: ' http', isEncrypted: true }),
      expected: { address: '127.0.0.1', isHttps: false },
    },
    {
      when: 'the edge proxy’s protocol comes with spaces',
      facts: facts({ peer: '127.0.0.1', forwardedProto: ' https ,http' }),
      expected: { address: '127.0.0.1', isHttps: true },
    },
    {
      when: 'a header line ends in a comma and a space',
      facts: facts({ peer: '10.0.0.2', forwardedFor: '198.51.100.1, ' }),
      expected: { address: '198.51.100.1', isHttps: false },
    },
    {
      when: 'an untrusted peer writes its IPv4 address the IPv6 way',
      facts: facts({ peer: '::ffff:203.0.113.7', forwardedFor: '198.51.100.1' }),
      expected: { address: '203.0.113.7', isHttps: false },
    },
    {
      when: 'the socket reports something that is no address',
      facts: facts({ peer: 'garbage', forwardedFor: '198.51.100.1' }),
      expected: { address: 'garbage', isHttps: false },
    },
    {
      when: 'the forwarded protocol is neither http nor https',
      facts: facts({ peer: '127.0.0.1', forwardedProto: 'gopher', isEncrypted: true }),
      expected: { address: '127.0.0.1', isHttps: true },
    },
  ])('believes only what it should when $when', ({ facts, expected }) => {
    expect(resolveClient(facts, proxies())).toEqual(expected);
  });

  it('believes a proxy given as a single address', () => {
    const single = trust('192.0.2.10');
    expect(resolveClient(facts({ peer: '192.0.2.10', forwardedFor: '198.51.100.1' }), single)).toEqual({
      address: '198.51.100.1',
      isHttps: false,
    });
    expect(resolveClient(facts({ peer: '192.0.2.11', forwardedFor: '198.51.100.1' }), single).address).toBe(
      '192.0.2.11',
    );
  });

  it('believes no forwarding header at all while no proxy is configured', () => {
    expect(
      resolveClient(facts({ peer: '127.0.0.1', forwardedFor: '198.51.100.1', forwardedProto: 'https' }), []),
    ).toEqual({ address: '127.0.0.1', isHttps: false });
  });
});

describe('limitKeyOf', () => {
  it.each([
    ['198.51.100.1', '198.51.100.1'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:bbbb::9', '2001:db8:1:2::/64'],
    ['unknown', 'unknown'],
  ])('counts %j under %j', (address, key) => {
    expect(limitKeyOf(address)).toBe(key);
  });
});
