// A 64-bit fingerprint of a string, as two 32-bit halves: how idempotency keys, claims and ids that are not
// UUIDs are held per response without keeping the string. Two independent 32-bit hashes over the UTF-16
// code units; the strings fingerprinted are already random or hashed, so a false match among a million
// responses has a chance of about one in 10^13 and needs no defence against crafted input.

/** Where fingerprint() leaves its result: [high, low]. Read it before the next call. */
export const FINGERPRINT = new Uint32Array(2);

export function fingerprint(text: string): Uint32Array {
  let high = 0x811c9dc5;
  let low = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    high = Math.imul(high ^ c, 0x01000193);
    low = Math.imul(low ^ c, 0x5bd1e995);
    low ^= low >>> 15;
  }
  // Final mixing spreads the last characters over every bit, so that slots taken from the low bits differ.
  high ^= high >>> 16;
  high = Math.imul(high, 0x85ebca6b);
  high ^= high >>> 13;
  low ^= low >>> 16;
  low = Math.imul(low, 0xc2b2ae35);
  low ^= low >>> 16;
  FINGERPRINT[0] = high;
  FINGERPRINT[1] = low;
  return FINGERPRINT;
}
