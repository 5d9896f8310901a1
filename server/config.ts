// Reads the environment once at boot and validates it, so a typo fails the start with a clear message.

import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Set to 1 where the client is built separately (the test suite builds it once for all its servers). */
  GROUNDWORK_SKIP_CLIENT_BUILD: z.enum(['0', '1']).default('0'),
  /** Survey submissions allowed per client address per minute; 0 turns the limit off (benchmarks). */
  SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(300),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  skipClientBuild: boolean;
  submissionsPerMinute: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: resolve(parsed.data.DATA_DIR),
    skipClientBuild: parsed.data.GROUNDWORK_SKIP_CLIENT_BUILD === '1',
    submissionsPerMinute: parsed.data.SUBMISSIONS_PER_MINUTE,
  };
}
