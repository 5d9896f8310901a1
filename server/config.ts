// Reads the environment once at boot and validates it, so a typo fails the start with a clear message.

import { resolve } from 'node:path';
import { z } from 'zod';
import { parseTrustedProxies, type TrustedProxies } from './domain/access/forwarded-client';
import { parseSecretsKey } from './security/secret-box';

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

// An empty value counts as unset, the way `SMTP_URL=` reads in an env file. Messages never echo the
// value: an SMTP URL may carry a password.
const optionalUrl = (protocols: string[], example: string, { hostless = false } = {}) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()))
    .refine(
      (v) => {
        const url = v === null ? null : parseUrl(v);
        return (
          v === null ||
          (url !== null && protocols.includes(url.protocol) && (hostless || url.hostname !== ''))
        );
      },
      { message: `must be a URL such as ${example}` },
    );

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Where POST /api/backups writes copies of DATA_DIR; unset (or empty) means online backups are off. */
  BACKUP_DIR: z.string().optional(),
  /** Set to 1 where the client is built separately (the test suite builds it once for all its servers). */
  GROUNDWORK_SKIP_CLIENT_BUILD: z.enum(['0', '1']).default('0'),
  /** Survey submissions allowed per client address per minute; 0 turns the limit off (benchmarks). */
  SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(300),
  /** Where invitations and reminders go out; unset means the app cannot send email. */
  SMTP_URL: optionalUrl(['smtp:', 'smtps:'], 'smtp://user:password@mail.example.com:587 or smtps://…:465'),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
      message: 'must be an address such as "Groundwork <groundwork@example.com>" or groundwork@example.com',
    })
    .default('Groundwork <groundwork@localhost>'),
  /** Mail provider limits are per minute; 0 turns the limit off (a local relay). */
  MAIL_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(60),
  /** The address people open survey links at, when it differs from what the administrator typed. */
  PUBLIC_URL: optionalUrl(['http:', 'https:'], 'https://groundwork.example.com')
    .refine((v) => v === null || (!v.includes('?') && !v.includes('#')), {
      message: 'must not have a query or fragment',
    })
    // Links are built as `${publicUrl}/s/…`, so a trailing slash would double up.
    .transform((v) => (v === null ? null : withoutTrailingSlashes(v))),
  /** Reverse proxies whose X-Forwarded-For/-Proto are believed; unset believes nobody's (direct exposure). */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const parsed = parseTrustedProxies(v);
      if ('proxies' in parsed) return parsed.proxies;
      ctx.addIssue({
        code: 'custom',
        message: `"${parsed.invalid}" is not an address, a CIDR range such as 10.0.0.0/8, or loopback`,
      });
      return z.NEVER;
    }),
  /** PostgreSQL to keep everything in; unset (or empty) keeps it under DATA_DIR, with nothing else to run. */
  DATABASE_URL: optionalUrl(
    ['postgres:', 'postgresql:'],
    'postgres://user:password@db.example.com:5432/groundwork',
    // postgres:///groundwork?host=/var/run/postgresql reaches a local server through its socket.
    { hostless: true },
  ),
  /** The schema holding this installation's tables, so that several can share one database. */
  DATABASE_SCHEMA: z
    .string()
    .default('public')
    .refine((v) => /^[a-z_][a-z0-9_]{0,62}$/.test(v), {
      message: 'must be lower-case letters, digits and underscores, starting with a letter or underscore',
    }),
  /**
   * The key sealing chat webhooks and their signing secrets (32 bytes, base64 or hex). Unset: the embedded
   * store makes one in DATA_DIR/secrets.key; with PostgreSQL chat channels cannot be added until it is set,
   * the same on every instance.
   */
  SECRETS_KEY: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? null : v))
    .refine((v) => v === null || parseSecretsKey(v) !== null, {
      message: 'must be 32 random bytes in base64 or hex, such as the output of `openssl rand -base64 32`',
    })
    .transform((v) => (v === null ? null : parseSecretsKey(v))),
  /**
   * Hosts (host or host:port, comma-separated) chat webhooks may point to besides the platforms' own: a
   * private deployment of Feishu or DingTalk, or a relay. http is accepted for these alone.
   */
  CHAT_WEBHOOK_HOSTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h !== ''),
    )
    .refine((hosts) => hosts.every((h) => /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/.test(h)), {
      message: 'must be host names or host:port, separated by commas',
    }),
  /** Connections each instance keeps open to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
});

/** Where everything is kept: PostgreSQL when DATABASE_URL is set. */
export interface DatabaseConfig {
  url: string;
  schema: string;
  poolSize: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Where online backups of dataDir go (absolute); null: none can be taken while the server runs. */
  backupDir: string | null;
  skipClientBuild: boolean;
  submissionsPerMinute: number;
  smtpUrl: string | null;
  mailFrom: string;
  mailPerMinute: number;
  /** Absolute http(s) URL without a trailing slash; null means the origin of the administrator's request. */
  publicUrl: string | null;
  trustedProxies: TrustedProxies;
  /** null: the embedded storage under dataDir. */
  database: DatabaseConfig | null;
  /** null: none set (see SECRETS_KEY). */
  secretsKey: Buffer | null;
  /** Extra hosts chat webhooks may point to. */
  chatWebhookHosts: string[];
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
    backupDir:
      parsed.data.BACKUP_DIR === undefined || parsed.data.BACKUP_DIR.trim() === ''
        ? null
        : resolve(parsed.data.BACKUP_DIR.trim()),
    skipClientBuild: parsed.data.GROUNDWORK_SKIP_CLIENT_BUILD === '1',
    submissionsPerMinute: parsed.data.SUBMISSIONS_PER_MINUTE,
    smtpUrl: parsed.data.SMTP_URL,
    mailFrom: parsed.data.MAIL_FROM,
    mailPerMinute: parsed.data.MAIL_PER_MINUTE,
    publicUrl: parsed.data.PUBLIC_URL,
    trustedProxies: parsed.data.TRUSTED_PROXIES,
    secretsKey: parsed.data.SECRETS_KEY,
    chatWebhookHosts: parsed.data.CHAT_WEBHOOK_HOSTS,
    database:
      parsed.data.DATABASE_URL === null
        ? null
        : {
            url: parsed.data.DATABASE_URL,
            schema: parsed.data.DATABASE_SCHEMA,
            poolSize: parsed.data.DATABASE_POOL_SIZE,
          },
  };
}

/** Drops the slashes a URL ends with, in one pass: a pattern such as /\/+$/ retries every run it meets. */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
