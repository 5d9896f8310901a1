import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';

describe('readConfig', () => {
  it('starts with defaults on an empty environment', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: resolve('./data'),
      backupDir: null,
      skipClientBuild: false,
      submissionsPerMinute: 300,
      smtpUrl: null,
      mailFrom: 'Groundwork <groundwork@localhost>',
      mailPerMinute: 60,
      publicUrl: null,
      trustedProxies: [],
      database: null,
      secretsKey: null,
      chatWebhookHosts: [],
    });
  });

  it('reads SECRETS_KEY as 32 bytes in base64 or hex, and refuses anything else without echoing it', () => {
    const key = Buffer.alloc(32, 9);
    expect(readConfig({ SECRETS_KEY: key.toString('base64') }).secretsKey).toEqual(key);
    expect(readConfig({ SECRETS_KEY: key.toString('hex') }).secretsKey).toEqual(key);
    expect(readConfig({ SECRETS_KEY: ' ' }).secretsKey).toBeNull();
    for (const bad of ['short', Buffer.alloc(16, 1).toString('base64'), 'z'.repeat(64)]) {
      expect(() => readConfig({ SECRETS_KEY: bad })).toThrow(/SECRETS_KEY: must be 32 random bytes/);
      try {
        readConfig({ SECRETS_KEY: bad });
      } catch (error) {
        expect((error as Error).message).not.toContain(bad);
      }
    }
  });

  it('reads CHAT_WEBHOOK_HOSTS as a list of hosts, with ports, lower-cased', () => {
    expect(readConfig({ CHAT_WEBHOOK_HOSTS: 'Feishu.Acme.cn, 10.0.0.5:8443,,' }).chatWebhookHosts).toEqual([
      'feishu.acme.cn',
      '10.0.0.5:8443',
    ]);
    expect(() => readConfig({ CHAT_WEBHOOK_HOSTS: 'https://x.example/path' })).toThrow(
      /CHAT_WEBHOOK_HOSTS: must be host names/,
    );
  });

  it('reads BACKUP_DIR as an absolute directory, empty as unset', () => {
    expect(readConfig({ BACKUP_DIR: 'backups' }).backupDir).toBe(resolve('backups'));
    expect(readConfig({ BACKUP_DIR: ' ' }).backupDir).toBeNull();
  });

  it('reads the PostgreSQL settings, with the public schema and ten connections unless told otherwise', () => {
    const url = 'postgresql://groundwork:s3cret@db.acme.example:5432/groundwork';
    expect(readConfig({ DATABASE_URL: url }).database).toEqual({ url, schema: 'public', poolSize: 10 });
    expect(
      readConfig({ DATABASE_URL: ` ${url} `, DATABASE_SCHEMA: 'acme_2', DATABASE_POOL_SIZE: '4' }).database,
    ).toEqual({ url, schema: 'acme_2', poolSize: 4 });
    const socket = 'postgres:///groundwork?host=/var/run/postgresql';
    expect(readConfig({ DATABASE_URL: socket }).database?.url).toBe(socket);
    // Empty is unset, as in an env file: the embedded storage.
    expect(readConfig({ DATABASE_URL: '', DATABASE_SCHEMA: 'acme' }).database).toBeNull();
  });

  it('reads the mail settings', () => {
    const config = readConfig({
      SMTP_URL: 'smtps://hr%40acme.example:s3cret@mail.acme.example:465',
      MAIL_FROM: 'Acme HR <hr@acme.example>',
      MAIL_PER_MINUTE: '0',
      PUBLIC_URL: 'https://survey.acme.example',
    });
    expect(config).toMatchObject({
      smtpUrl: 'smtps://hr%40acme.example:s3cret@mail.acme.example:465',
      mailFrom: 'Acme HR <hr@acme.example>',
      mailPerMinute: 0,
      publicUrl: 'https://survey.acme.example',
    });
  });

  it.each([
    ['SMTP_URL', ''],
    ['PUBLIC_URL', '  '],
  ])('treats an empty %s as unset', (name, value) => {
    const config = readConfig({ [name]: value });
    expect([config.smtpUrl, config.publicUrl]).toEqual([null, null]);
  });

  it.each([
    ['https://survey.acme.example/', 'https://survey.acme.example'],
    ['http://10.0.0.5:3000//', 'http://10.0.0.5:3000'],
    ['https://acme.example/groundwork/', 'https://acme.example/groundwork'],
  ])('drops the trailing slash of PUBLIC_URL %s', (value, expected) => {
    expect(readConfig({ PUBLIC_URL: value }).publicUrl).toBe(expected);
  });

  it.each([
    ['SMTP_URL', 'mail.acme.example:587', 'SMTP_URL: must be a URL such as smtp://'],
    ['SMTP_URL', 'https://mail.acme.example', 'SMTP_URL: must be a URL such as smtp://'],
    ['SMTP_URL', 'smtp:', 'SMTP_URL: must be a URL such as smtp://'],
    ['MAIL_FROM', 'Groundwork', 'MAIL_FROM: must be an address'],
    ['MAIL_FROM', 'a@b.example, c@d.example', 'MAIL_FROM: must be an address'],
    ['MAIL_FROM', 'HR <hr@acme.example>\nBcc: x@y.example', 'MAIL_FROM: must be an address'],
    ['MAIL_PER_MINUTE', '-1', 'MAIL_PER_MINUTE'],
    ['MAIL_PER_MINUTE', '100001', 'MAIL_PER_MINUTE'],
    ['MAIL_PER_MINUTE', '2.5', 'MAIL_PER_MINUTE'],
    ['MAIL_PER_MINUTE', 'lots', 'MAIL_PER_MINUTE'],
    ['PUBLIC_URL', 'survey.acme.example', 'PUBLIC_URL: must be a URL such as https://'],
    ['PUBLIC_URL', 'ftp://survey.acme.example', 'PUBLIC_URL: must be a URL such as https://'],
    ['PUBLIC_URL', 'https://survey.acme.example/?x=1', 'PUBLIC_URL: must not have a query or fragment'],
    ['DATABASE_URL', 'mysql://db.acme.example/groundwork', 'DATABASE_URL: must be a URL such as postgres://'],
    ['DATABASE_SCHEMA', 'Acme', 'DATABASE_SCHEMA: must be lower-case letters'],
    ['DATABASE_SCHEMA', 'acme; DROP TABLE x', 'DATABASE_SCHEMA: must be lower-case letters'],
    ['DATABASE_POOL_SIZE', '0', 'DATABASE_POOL_SIZE'],
    ['TRUSTED_PROXIES', '10.0.0.0/33', 'TRUSTED_PROXIES: "10.0.0.0/33" is not an address, a CIDR range'],
    ['TRUSTED_PROXIES', 'loopback, proxy.internal', 'TRUSTED_PROXIES: "proxy.internal" is not an address'],
  ])('refuses %s=%j with a message naming it', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(`Invalid configuration: ${message}`);
  });

  it('reads TRUSTED_PROXIES as addresses, CIDR ranges and loopback', () => {
    expect(readConfig({ TRUSTED_PROXIES: 'loopback, 10.0.0.0/8, 2001:db8::1' }).trustedProxies).toHaveLength(
      4,
    );
    expect(readConfig({ TRUSTED_PROXIES: '  ' }).trustedProxies).toEqual([]);
  });

  it('never repeats an SMTP URL, which may hold a password, in its message', () => {
    expect(() => readConfig({ SMTP_URL: 'imap://hr:s3cret@mail.acme.example' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });

  it('never repeats a database URL, which may hold a password, in its message', () => {
    expect(() => readConfig({ DATABASE_URL: 'http://groundwork:s3cret@db.acme.example/gw' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });
});
