import type { Questionnaire } from './domain/instrument/questionnaire';
import type { Mailer } from './mail/mailer';
import type { SecretBox } from './security/secret-box';
import type { Storage } from './storage/storage';

/** Everything the routes need, wired once in createApp. */
export interface AppDeps {
  storage: Storage;
  questionnaires: ReadonlyMap<string, Questionnaire>;
  /** Today's date as YYYY-MM-DD; injected so tests can pin it. */
  today: () => string;
  newId: () => string;
  /** An unguessable token (at least 128 bits) for survey links, sessions and invitations. */
  newToken: () => string;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now: () => number;
  hashPassword: (password: string) => Promise<string>;
  verifyPassword: (password: string, hash: string) => Promise<boolean>;
  hashToken: (token: string) => string;
  /** Outgoing email, when SMTP_URL is configured; without it HR downloads a mail-merge file instead. */
  mail?: { mailer: Mailer; perMinute: number } | null;
  /** The public address survey links in emails start with; by default the one the administrator used. */
  publicUrl?: string | null;
  /** Workplace chat channels; absent or null: none can be added (no key to seal their webhooks with). */
  chat?: ChatDeps | null;
  /** Failures of work that continues after a response was sent, such as a mailing. */
  onBackgroundError?: (error: unknown) => void;
}

/** What posting to workplace chat needs besides storage. */
export interface ChatDeps {
  /** Seals each channel's webhook address and signing secret; null: channels cannot be added. */
  secretBox: SecretBox | null;
  /** Hosts webhooks may point to besides the platforms' own (CHAT_WEBHOOK_HOSTS). */
  extraHosts: readonly string[];
  /** Waits before the second, third… attempt at a channel; by default 2 and 10 seconds. */
  retryDelaysMs?: readonly number[];
  /** The longest wait a platform may ask for (Retry-After, a minute's limit) before that channel is given up. */
  maxWaitMs?: number;
  /** How long one request may take. */
  timeoutMs?: number;
}
