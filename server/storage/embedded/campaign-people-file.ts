// One campaign's staff list as the administrators made it: who is listed, in which department and language,
// the hashes of the links each was sent, and what became of each email. What respondents did (opened,
// answered) is not here but in the campaign's marks file (respondent-marks-file.ts), where it holds no order.
//
// On disk: a snapshot (`<campaign>.people`: a header line naming its generation, then one person a line),
// and the changes made since, appended to `<campaign>.<generation>.log` (group commit, fdatasync before
// acknowledgement). A change therefore costs one appended line however long the list is. Once the log has
// grown as large as the snapshot, the list is written anew as the next generation's snapshot (temporary
// file, fsync, rename, directory fsync) and the old log deleted; a start reads the newest snapshot and
// replays the logs of its generation and later, and deletes older ones: a stop at any point replays to the
// same list. Each change carries its result (a delivery its counts, not "one more"), so replaying one twice
// changes nothing.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyInvitation } from '../../domain/campaigns/survey-invitation';
import { openAppendOnlyFile, type AppendOnlyFile } from './append-only-file';
import { removeFile, replaceFile } from './file-io';
import { readLog } from './read-log';

/** A person as the list holds them: an invitation without what respondents did, with their marks slot. */
export interface ListedPerson extends Omit<SurveyInvitation, 'campaignId' | 'started' | 'answered'> {
  slot: number;
}

export type DeliveryResult = Pick<
  SurveyInvitation,
  'id' | 'sentOn' | 'remindedOn' | 'reminders' | 'lastDelivery'
>;

/** One change to the list, as its log line holds it. */
export type ListChange =
  | { add: ListedPerson[] }
  /** The person's record as it stands after removal: null when nothing of them is kept. */
  | { remove: string; left: ListedPerson | null }
  | { links: [id: string, tokenHash: string][] }
  | { deliveries: DeliveryResult[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isPerson = (v: unknown): v is ListedPerson =>
  isObject(v) && typeof v.id === 'string' && typeof v.slot === 'number' && Array.isArray(v.tokenHashes);

function isListChange(v: unknown): v is ListChange {
  if (!isObject(v)) return false;
  if ('add' in v) return Array.isArray(v.add) && v.add.every(isPerson);
  if ('remove' in v) return typeof v.remove === 'string' && (v.left === null || isPerson(v.left));
  if ('links' in v) return Array.isArray(v.links);
  if ('deliveries' in v) return Array.isArray(v.deliveries);
  return false;
}

/** Applies one change to the list in memory; ids not on it are passed over, as they were when made. */
export function applyListChange(people: Map<string, ListedPerson>, change: ListChange): void {
  if ('add' in change) {
    for (const p of change.add) if (!people.has(p.id)) people.set(p.id, p);
  } else if ('remove' in change) {
    if (change.left === null) people.delete(change.remove);
    else if (people.has(change.remove)) people.set(change.remove, change.left);
  } else if ('links' in change) {
    for (const [id, hash] of change.links) {
      const p = people.get(id);
      if (p && !p.tokenHashes.includes(hash)) people.set(id, { ...p, tokenHashes: [...p.tokenHashes, hash] });
    }
  } else {
    for (const d of change.deliveries) {
      const p = people.get(d.id);
      if (p) people.set(d.id, { ...p, ...d });
    }
  }
}

export interface CampaignPeopleFile {
  /** Appends one change; resolves once durable. */
  append(change: ListChange): Promise<void>;
  /** Whether the log has grown enough to be folded into a new snapshot. */
  readonly isDue: boolean;
  /** Writes `people` as the next generation's snapshot and starts its log. No append may run meanwhile. */
  compact(people: ReadonlyMap<string, ListedPerson>): Promise<void>;
  /** Waits for the appends in flight; the next append opens the log again. */
  close(): Promise<void>;
}

/** Whether a file in the people directory belongs to the campaign (ids have no dots: they name files). */
export const campaignOfFile = (name: string) => name.slice(0, name.indexOf('.'));

const SNAPSHOT = '.people';
const logName = (campaignId: string, generation: number) => `${campaignId}.${generation}.log`;
/** A log smaller than this is never worth a new snapshot. */
const MIN_COMPACTION_BYTES = 256 * 1024;

function snapshotText(generation: number, people: ReadonlyMap<string, ListedPerson>): string {
  const lines = [JSON.stringify({ generation })];
  for (const p of people.values()) lines.push(JSON.stringify(p));
  return `${lines.join('\n')}\n`;
}

/** The list as a start finds it, with the file to append its changes to. */
export async function openCampaignPeopleFile(
  dir: string,
  campaignId: string,
  warn: (message: string) => void,
): Promise<{ people: Map<string, ListedPerson>; file: CampaignPeopleFile }> {
  const snapshotPath = join(dir, campaignId + SNAPSHOT);
  const people = new Map<string, ListedPerson>();
  let generation = 0;
  let snapshotBytes = 0;
  const text = await readFile(snapshotPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text !== null) {
    snapshotBytes = Buffer.byteLength(text);
    const lines = text.split('\n').filter((l) => l !== '');
    const damaged = (line: number) =>
      new Error(
        `Cannot read ${snapshotPath}, line ${line}: it is not what Groundwork writes. Restore it from a ` +
          'backup; it was not changed.',
      );
    let header: unknown;
    try {
      header = JSON.parse(lines[0] ?? '');
    } catch {
      throw damaged(1);
    }
    if (!isObject(header) || typeof header.generation !== 'number') throw damaged(1);
    generation = header.generation;
    for (let n = 1; n < lines.length; n++) {
      let person: unknown;
      try {
        person = JSON.parse(lines[n]!);
      } catch {
        throw damaged(n + 1);
      }
      if (!isPerson(person)) throw damaged(n + 1);
      people.set(person.id, person);
    }
  }

  const prefix = `${campaignId}.`;
  const logs = (await readdir(dir))
    .filter((name) => name.startsWith(prefix) && name.endsWith('.log'))
    .map((name) => ({ name, generation: Number(name.slice(prefix.length, -'.log'.length)) }))
    .filter((l) => Number.isInteger(l.generation))
    .sort((a, b) => a.generation - b.generation);
  let logBytes = 0;
  let size = 0;
  for (const log of logs) {
    const path = join(dir, log.name);
    // Folded into the snapshot already: a stop came between the snapshot's rename and this deletion.
    if (log.generation < generation) {
      await removeFile(path);
      continue;
    }
    const read = await readLog(path, isListChange, 'staff list change', warn);
    for (const change of read.records) applyListChange(people, change);
    logBytes += read.size;
    if (log.generation === generation) size = read.size;
    else {
      // A later generation's log can only exist if its snapshot does; replayed all the same.
      generation = log.generation;
      size = read.size;
    }
  }

  return {
    people,
    file: peopleFile(dir, campaignId, { generation, size, logBytes, snapshotBytes }),
  };
}

/** The file of a campaign that has no list yet: nothing is written until its first change. */
export function newCampaignPeopleFile(dir: string, campaignId: string): CampaignPeopleFile {
  return peopleFile(dir, campaignId, { generation: 0, size: 0, logBytes: 0, snapshotBytes: 0 });
}

function peopleFile(
  dir: string,
  campaignId: string,
  state: { generation: number; size: number; logBytes: number; snapshotBytes: number },
): CampaignPeopleFile {
  let { generation, size, logBytes, snapshotBytes } = state;
  const snapshotPath = join(dir, campaignId + SNAPSHOT);
  let log: AppendOnlyFile | null = null;
  const logFile = () => (log ??= openAppendOnlyFile(join(dir, logName(campaignId, generation)), size));

  return {
    async append(change) {
      const line = JSON.stringify(change);
      await logFile().append(line);
      logBytes += Buffer.byteLength(line) + 1;
      size += Buffer.byteLength(line) + 1;
    },
    get isDue() {
      return logBytes > Math.max(MIN_COMPACTION_BYTES, snapshotBytes);
    },
    async compact(current) {
      const next = generation + 1;
      const bytes = Buffer.from(snapshotText(next, current), 'utf8');
      await replaceFile(snapshotPath, bytes);
      // The snapshot holds everything the old log did: from here on a start ignores and deletes it.
      await log?.close();
      log = null;
      await removeFile(join(dir, logName(campaignId, generation)));
      generation = next;
      size = 0;
      logBytes = 0;
      snapshotBytes = bytes.length;
    },
    async close() {
      await log?.close();
      log = null;
    },
  };
}

/** Names of a campaign's list files, for deleting a list rebuilt from the records file. */
export async function removeCampaignPeopleFiles(dir: string, campaignId: string): Promise<void> {
  const prefix = `${campaignId}.`;
  for (const name of await readdir(dir)) {
    if (name.startsWith(prefix)) await removeFile(join(dir, name));
  }
}
