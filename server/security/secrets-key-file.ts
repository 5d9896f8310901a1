// The embedded store's default secrets key: a file beside the data it protects, made on first start with
// permissions only its owner can read, so `npm start` needs nothing set. Setting SECRETS_KEY instead keeps the
// key out of the data directory and so out of its backups (README "The secrets key").

import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newSecretsKey, parseSecretsKey } from './secret-box';

export const SECRETS_KEY_FILE = 'secrets.key';

export async function loadOrCreateKeyFile(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, SECRETS_KEY_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // `wx`: two starts racing on an empty directory keep the first key, and the second reads it back.
    await writeFile(path, `${newSecretsKey()}\n`, { flag: 'wx', mode: 0o600 }).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    });
    text = await readFile(path, 'utf8');
  }
  // At every start, not only the first: a key file restored from a copy may have come back readable to all.
  await chmod(path, 0o600);
  const key = parseSecretsKey(text);
  if (!key) throw new Error(`${path} does not hold a secrets key (32 bytes, base64 or hex)`);
  return key;
}
