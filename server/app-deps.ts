import type { Questionnaire } from './domain/instrument/questionnaire';
import type { Mailer } from './mail/mailer';
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
  /** Failures of work that continues after a response was sent, such as a mailing. */
  onBackgroundError?: (error: unknown) => void;
}
