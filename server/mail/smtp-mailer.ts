// Sends mail through the organization's SMTP server (SMTP_URL), turning nodemailer's failures into one
// short line an HR person can act on: the server's own reply where there is one.

import nodemailer from 'nodemailer';
import type { Mailer, OutgoingMail } from './mailer';

// No spaces, commas, quotes or brackets: nodemailer reads "a@x, b@y" as two recipients, and one
// person's personal link must never reach a second address because of a bad cell in a staff list.
const SINGLE_ADDRESS = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+$/;

const UNREACHABLE = new Set(['ECONNECTION', 'ESOCKET', 'EDNS', 'ETIMEDOUT', 'ETLS', 'EPROXY']);
const LOGIN = new Set(['EAUTH', 'ENOAUTH']);

interface SmtpFailure {
  message?: unknown;
  code?: unknown;
  response?: unknown;
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0]!.trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** One line for the invitation list: what went wrong, in the server's words when it gave any. */
export function describeSmtpFailure(error: unknown): string {
  const e: SmtpFailure = typeof error === 'object' && error !== null ? error : { message: String(error) };
  const message = typeof e.message === 'string' && e.message !== '' ? e.message : 'unknown error';
  const reply = typeof e.response === 'string' && e.response.trim() !== '' ? e.response : null;
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNREACHABLE.has(code)) return firstLine(`Could not reach the mail server: ${message}`);
  if (LOGIN.has(code)) return firstLine(`The mail server refused the login: ${reply ?? message}`);
  return firstLine(reply ?? message);
}

export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(
    {
      url,
      // One pooled connection: a mailing's batches reuse it instead of logging in for every message,
      // and mail servers that cap connections per client never see more than one from us.
      pool: true,
      maxConnections: 1,
      // The defaults wait up to 10 minutes on a silent server; an administrator is waiting for the batch.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    },
    { from },
  );
  return {
    async send(mail: OutgoingMail) {
      if (!SINGLE_ADDRESS.test(mail.to)) throw new Error(`Not a single email address: ${firstLine(mail.to)}`);
      try {
        await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
      } catch (error) {
        throw new Error(describeSmtpFailure(error), { cause: error });
      }
    },
    async close() {
      transport.close();
    },
  };
}
