// Seals what must never be read back in the clear, such as a chat channel's webhook address and signing
// secret (anyone holding the address can post into the group): AES-256-GCM under a key kept apart from the
// records, each sealed value bound to what it belongs to, so a sealed value copied onto another record does
// not open there. A wrong key or a tampered value fails to open rather than yielding garbage.

import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBox {
  /** `plain` sealed for `context` (say, the campaign and channel it belongs to). */
  seal(plain: string, context: string): string;
  /** The plain text, or an error when the key, the context or the value is not the one sealed. */
  open(sealed: string, context: string): string;
  /**
   * The same value for the same `plain` and `context`, telling two sealed values apart without opening
   * either; without the key it reveals nothing (an HMAC under a key derived from it).
   */
  fingerprint(plain: string, context: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== KEY_BYTES) throw new RangeError(`A secrets key is ${KEY_BYTES} bytes`);
  // Its own key: a fingerprint never uses the sealing key directly.
  const fingerprintKey = createHmac('sha256', key).update('groundwork fingerprint v1').digest();
  return {
    fingerprint(plain, context) {
      return createHmac('sha256', fingerprintKey).update(`${context}\n${plain}`).digest('base64url');
    },
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed, context) {
      const [version, packed] = sealed.split('.');
      if (version !== VERSION || packed === undefined) throw new Error('Not a sealed value');
      const bytes = Buffer.from(packed, 'base64url');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('Not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/** A key from its text form (base64 or hex of 32 bytes), or null when it is not one. */
export function parseSecretsKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  const bytes = Buffer.from(trimmed, 'base64');
  return bytes.length === KEY_BYTES && /^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) ? bytes : null;
}

/** A new random key in its text form, for a key file or to put in SECRETS_KEY. */
export const newSecretsKey = (): string => randomBytes(KEY_BYTES).toString('base64');
