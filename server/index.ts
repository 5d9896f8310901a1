// Boot only: read the configuration, build the client if needed, open storage, serve.

import { serve } from '@hono/node-server';
import { randomBytes, randomUUID } from 'node:crypto';
import { createApp } from './app';
import { CLIENT_DIST, ensureClientBuild } from './client-build';
import { readConfig } from './config';
import { loadQuestionnaires } from './load-questionnaires';
import { hashPassword, hashToken, verifyPassword } from './security/passwords';
import { openEmbeddedStorage } from './storage/embedded/open-embedded-storage';
import { openPostgresStorage } from './storage/postgres/open-postgres-storage';
import type { Storage } from './storage/storage';
import type { Config } from './config';
import { createSmtpMailer } from './mail/smtp-mailer';
import { markRunning } from './storage/embedded/backup/running-marker';
import { createSecretBox } from './security/secret-box';
import { loadOrCreateKeyFile } from './security/secrets-key-file';

const log = (message: string) => console.log(`[groundwork] ${message}`);
const warn = (message: string) => console.warn(`[groundwork] warning: ${message}`);

/** PostgreSQL when DATABASE_URL is set (migrations applied first, under a lock), else the data directory. */
async function openStorage(config: Config): Promise<Storage> {
  if (config.database) {
    const storage = await openPostgresStorage(config.database, warn);
    // Never the URL: it may hold a password.
    log(`storage: PostgreSQL (schema ${config.database.schema})`);
    return storage;
  }
  const storage = await openEmbeddedStorage(config.dataDir, warn);
  log(`storage: embedded (data in ${config.dataDir})`);
  return storage;
}

async function main() {
  const config = readConfig();
  if (!config.skipClientBuild) await ensureClientBuild(log);
  const questionnaires = await loadQuestionnaires();
  const storage = await openStorage(config);
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
  log(mailer ? 'email: sending through SMTP_URL' : 'email: no SMTP_URL set; links go out by mail-merge file');
  // With PostgreSQL every instance must seal and open with one key, so none is made up here.
  const secretsKey =
    config.secretsKey ?? (config.database ? null : await loadOrCreateKeyFile(config.dataDir));
  if (!secretsKey) warn('no SECRETS_KEY set: chat channels cannot be added');
  const app = createApp(
    {
      storage,
      questionnaires,
      today: () => new Date().toISOString().slice(0, 10),
      newId: () => randomUUID(),
      newToken: () => randomBytes(32).toString('base64url'),
      now: () => Date.now(),
      hashPassword,
      verifyPassword,
      hashToken,
      mail: mailer ? { mailer, perMinute: config.mailPerMinute } : null,
      publicUrl: config.publicUrl,
      chat: {
        secretBox: secretsKey && createSecretBox(secretsKey),
        extraHosts: config.chatWebhookHosts,
      },
      onBackgroundError: (error) => console.error('[groundwork] background error:', error),
    },
    {
      clientDir: CLIENT_DIST,
      submissionLimit:
        config.submissionsPerMinute > 0 ? { limit: config.submissionsPerMinute, windowMs: 60_000 } : null,
      trustedProxies: config.trustedProxies,
      prepareReports: true,
      eraseStaffLists: true,
      // Planned reminders fall due to the minute they are shown with.
      reminders: { checkEveryMs: 60_000 },
      onServerError: (error) => console.error('[groundwork] server error:', error),
      backups: config.database ? null : { dataDir: config.dataDir, backupDir: config.backupDir },
    },
  );
  // Tells `npm run backup` that this process has the data directory open (a copy of it would be torn).
  const unmark = config.database ? null : await markRunning(config.dataDir);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log(`serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}`);
  });
  const stop = () => {
    server.close();
    void Promise.all([storage.close(), mailer?.close()])
      .then(() => unmark?.())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`[groundwork] could not start: ${(error as Error).message}`);
  process.exit(1);
});
