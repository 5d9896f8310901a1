// The records file as a lowdb adapter that makes every write durable and refuses to read anything it did
// not write. lowdb's own JSONFile renames a temporary file without an fsync, so a power cut could undo an
// acknowledged change; and it reads `null` or `{}` as an empty installation, which would offer owner set-up
// to whoever came first and then overwrite the file.

import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { RECORD_KINDS, type Records } from './records';
import { replaceFile } from './file-io';

/** Kinds the very first version already wrote: a file without them was not written by this server. */
const ALWAYS_PRESENT: readonly (keyof Records)[] = ['organizations', 'campaigns'];

/** The field each kind of record is found by: a record without it is not one the server wrote. */
const KEY_OF: Record<keyof Records, string> = {
  organizations: 'id',
  campaigns: 'id',
  accounts: 'id',
  sessions: 'tokenHash',
  userInvitations: 'tokenHash',
  surveyInvitations: 'id',
  accessCodes: 'id',
  apiTokens: 'id',
};

/**
 * One record a line, so an error can name the line of the record at fault and a person can read the file;
 * the whole is still one JSON document.
 */
export function serializeRecords(data: Records): string {
  const parts = RECORD_KINDS.map((kind) => {
    const list = data[kind] as unknown[];
    if (list.length === 0) return `${JSON.stringify(kind)}: []`;
    return `${JSON.stringify(kind)}: [\n${list.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line on which the `index`-th record of `kind` starts, for messages about it. */
function lineOfRecord(text: string, kind: string, index: number): number | null {
  const start = text.indexOf(`${JSON.stringify(kind)}: [`);
  if (start === -1) return null;
  // Written one record a line: the record is `index + 1` lines below the key.
  return lineOf(text, start) + index + 1;
}

/** What is wrong with a parsed records file, or null when it has the shape this server writes. */
function shapeProblem(text: string, value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `it holds ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}, not the records object`;
  }
  const kinds = new Set<string>(RECORD_KINDS);
  const unknown = Object.keys(value).find((k) => !kinds.has(k));
  if (unknown !== undefined) return `it has a field "${unknown}" that this server never writes`;
  const missing = ALWAYS_PRESENT.find((k) => !(k in value));
  if (missing !== undefined) return `it has no "${missing}" list`;
  for (const kind of RECORD_KINDS) {
    const list = (value as Record<string, unknown>)[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `"${kind}" is not a list`;
    const key = KEY_OF[kind];
    const bad = list.findIndex(
      (r) => typeof r !== 'object' || r === null || typeof (r as Record<string, unknown>)[key] !== 'string',
    );
    if (bad !== -1) {
      const line = lineOfRecord(text, kind, bad);
      return `${line === null ? '' : `line ${line}: `}record ${bad + 1} of "${kind}" has no ${key}`;
    }
  }
  return null;
}

/** Parses the text of a records file, or throws a message naming the file, the line and what is wrong. */
export function parseRecords(path: string, text: string): Records {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = position === undefined ? '' : `line ${lineOf(text, Number(position))}: `;
    throw new Error(
      `Cannot read ${path}: ${where}it is not valid JSON (${(error as Error).message}). ` +
        'Restore it from a backup or fix it by hand; it was not changed.',
      { cause: error },
    );
  }
  const problem = shapeProblem(text, value);
  if (problem !== null) {
    throw new Error(
      `Cannot read ${path}: ${problem}, so it was not written by Groundwork. ` +
        'Restore it from a backup or move it away; it was not changed.',
    );
  }
  const records = value as Partial<Records>;
  return {
    organizations: records.organizations ?? [],
    campaigns: records.campaigns ?? [],
    accounts: records.accounts ?? [],
    sessions: records.sessions ?? [],
    userInvitations: records.userInvitations ?? [],
    surveyInvitations: records.surveyInvitations ?? [],
    accessCodes: records.accessCodes ?? [],
    apiTokens: records.apiTokens ?? [],
  };
}

export class DurableJsonFile implements Adapter<Records> {
  #text: string | null = null;

  constructor(readonly path: string) {}

  async read(): Promise<Records> {
    const text = await readFile(this.path, 'utf8');
    const records = parseRecords(this.path, text);
    this.#text = text;
    return records;
  }

  /** The records as last made durable: what a failed write puts the state back to. */
  lastWritten(): Records {
    if (this.#text === null) throw new Error(`${this.path} has never been read or written`);
    return parseRecords(this.path, this.#text);
  }

  write(data: Records): Promise<void> {
    // Serialised now, before any await, so the write holds exactly the changes made until this moment.
    const text = serializeRecords(data);
    return this.#replace(text).then(() => {
      this.#text = text;
    });
  }

  async #replace(text: string): Promise<void> {
    await replaceFile(this.path, Buffer.from(text, 'utf8'));
  }
}
