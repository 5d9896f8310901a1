// Every campaign's staff list with its people's marks, one campaign per pair of files under <data>/people/
// (campaign-people-file.ts for what administrators did, respondent-marks-file.ts for what respondents did),
// kept out of the records file so that opening a link, answering and sending cost the same whatever the
// size of the lists, and so that a campaign's people can leave memory.
//
// Which campaigns are in memory: every campaign not closed, and a closed one while it is being used (its
// tracking page read, a late link opened, a mailing finishing), until it has been left alone for a while.
// A closed campaign put away keeps in memory only a 32-bit fingerprint of each of its link hashes, so that
// a late respondent's link is still recognised (and told the survey has closed) without anything else of
// its list; its fingerprints are written beside its files, and its marks file is marked quiet (no claim
// pending, none possible), so a start reads neither its list nor its marks.
//
// Counts the places of a department need (department-places.ts) are kept per campaign and department and
// changed with each person's change, so asking them costs nothing however long the list is.

import { isClosedCampaign } from './closed-campaigns';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterRemoval, type SurveyInvitation } from '../../domain/campaigns/survey-invitation';
import {
  DEFAULT_RETENTION,
  withoutPersonalData,
  type StaffRetention,
} from '../../domain/campaigns/staff-retention';
import {
  applyListChange,
  campaignOfFile,
  newCampaignPeopleFile,
  openCampaignPeopleFile,
  removeCampaignPeopleFiles,
  type CampaignPeopleFile,
  type DeliveryResult,
  type ListChange,
  type ListedPerson,
} from './campaign-people-file';
import { moveIntoPlace, removeFile, replaceFile, syncDirectory, writeAll } from './file-io';
import type { RecordsFile } from './records-file';
import {
  isQuiet,
  NO_MARKS,
  openRespondentMarksFile,
  type Marks,
  type RespondentMarksFile,
} from './respondent-marks-file';
import type { Claimed } from './submission-claims';

/** What a department's personal links hold: see department-places.ts. */
export interface LinkCounts {
  /** People listed. */
  listed: number;
  /** Links that make the department one answering by personal link: listed, or answered and removed. */
  tickets: number;
  /** Of those, not answered: each holds a place. */
  unused: number;
  /** Of those, answered or being answered right now. */
  spent: number;
}

const NONE: Readonly<LinkCounts> = Object.freeze({ listed: 0, tickets: 0, unused: 0, spent: 0 });

export interface CampaignPeople {
  list(campaignId: string): Promise<SurveyInvitation[]>;
  findByTokenHash(tokenHash: string): Promise<SurveyInvitation | undefined>;
  /** Counts for one department, now; nothing for a campaign put away (closed, so it takes no answers). */
  counts(campaignId: string, departmentId: string): Readonly<LinkCounts>;
  countListed(campaignId: string): Promise<Record<string, number>>;
  /**
   * Adds the people of one campaign not yet on its list. `check` is called with them, with no await before
   * they are added, and refuses by throwing.
   */
  add(
    campaignId: string,
    invitations: SurveyInvitation[],
    check: (added: SurveyInvitation[]) => void,
  ): Promise<SurveyInvitation[]>;
  remove(id: string): Promise<boolean>;
  issueLinks(links: { id: string; tokenHash: string }[]): Promise<string[]>;
  recordDeliveries(
    deliveries: { id: string; change: (invitation: SurveyInvitation) => SurveyInvitation }[],
  ): Promise<void>;
  markStarted(id: string): Promise<void>;
  /** Puts `claim` on the person's marks unless `isTaken` says no; resolves true once durable. */
  claim(id: string, claim: string, isTaken: (marks: Marks) => boolean): Promise<boolean>;
  /** Drops the claim (a submission that stored nothing); resolves whether it was still there. */
  release(id: string, claim: string): Promise<boolean>;
  /** Turns the claim into "answered"; resolves whether it was still there. */
  settle(id: string, claim: string): Promise<boolean>;
  /** Claims left by a process that stopped mid-submission. */
  pendingClaims(): Set<string>;
  /** Settles them at start: answered where `stored` holds the claim, free again where not. */
  settlePending(stored: ReadonlySet<string>): Promise<{ answered: number; freed: number }>;
  /** Puts away closed campaigns left alone for `idleMs`. */
  putAwayClosed(idleMs: number): Promise<void>;
  /**
   * Removes everything kept of a campaign's people, for good: its list, marks and link fingerprints, in
   * memory and on disk (a campaign deleted). Their links then lead nowhere. Nothing if it has none.
   */
  removeCampaign(campaignId: string): Promise<void>;
  /** How long the campaign's list is kept after closing, and whether it was erased. */
  retention(campaignId: string): StaffRetention;
  /** Changes it: `change` is applied to it as stored at that moment, and refuses by throwing. */
  changeRetention(
    campaignId: string,
    change: (current: StaffRetention) => StaffRetention,
  ): Promise<StaffRetention>;
  /**
   * Erases the names, addresses, links and delivery messages of the campaign's list for good: the list's
   * files are written anew without them and every older copy (logs, link fingerprints) is deleted. Each
   * person stays as a record naming nobody, with their department and marks, so every count is unchanged.
   * Records `on` as the day of erasure; a list erased already is left as it was.
   */
  erase(campaignId: string, on: string): Promise<StaffRetention>;
  /** Every person of the list with their marks, those taken off it after answering included, in list order. */
  everyRecord(campaignId: string): Promise<SurveyInvitation[]>;
  /** Writes a whole list, marks included, for a campaign that has none (a copied installation). */
  restore(campaignId: string, records: SurveyInvitation[]): Promise<void>;
  /** Campaigns whose people are in memory (for tests and figures). */
  loadedCampaigns(): string[];
  close(): Promise<void>;
}

interface Loaded {
  campaignId: string;
  people: Map<string, ListedPerson>;
  file: CampaignPeopleFile;
  marks: RespondentMarksFile;
  byHash: Map<string, string>;
  counts: Map<string, LinkCounts>;
  /** Set while a new snapshot is written or the list read back: list changes wait for it. */
  gate: Promise<void> | null;
  /** Erased in this process (its retention may record it a moment later). */
  erased?: true;
  lastUsed: number;
}

const MARKS = '.marks';
const FINGERPRINTS = '.links';
/** How long the list is kept, in a file of its own: read at start for every campaign, its list or not. */
const RETENTION = '.retention';

const isRetention = (v: unknown): v is StaffRetention =>
  typeof v === 'object' &&
  v !== null &&
  ((v as StaffRetention).days === null || typeof (v as StaffRetention).days === 'number') &&
  ((v as StaffRetention).erasedOn === null || typeof (v as StaffRetention).erasedOn === 'string');

/** 32 bits of a link hash, kept for campaigns put away: a hit is checked against the list on disk. */
export function fingerprint(tokenHash: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < tokenHash.length; i++) {
    hash ^= tokenHash.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function holdsFingerprint(sorted: Uint32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = sorted[mid]!;
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

function contribution(person: ListedPerson, marks: Marks): LinkCounts {
  const listed = person.removed !== true;
  const spent = marks.answered || marks.claim !== null;
  const ticket = listed || spent;
  return {
    listed: listed ? 1 : 0,
    tickets: ticket ? 1 : 0,
    unused: ticket && !marks.answered ? 1 : 0,
    spent: ticket && spent ? 1 : 0,
  };
}

function toInvitation(campaignId: string, person: ListedPerson, marks: Marks): SurveyInvitation {
  const { slot: _, ...rest } = structuredClone(person);
  return { ...rest, campaignId, started: marks.started, answered: marks.answered };
}

function toPerson(invitation: Claimed<SurveyInvitation>, slot: number): ListedPerson {
  const { campaignId: _c, started: _s, answered: _a, pendingClaim: _p, ...rest } = invitation;
  return { ...structuredClone(rest), slot };
}

export async function openCampaignPeople(
  dir: string,
  db: RecordsFile,
  warn: (message: string) => void,
  now: () => number = Date.now,
): Promise<CampaignPeople> {
  await mkdir(dir, { recursive: true });
  const loaded = new Map<string, Loaded>();
  const loading = new Map<string, Promise<Loaded | null>>();
  /** Campaigns put away: the fingerprints of their links. */
  const away = new Map<string, Uint32Array>();
  /** Campaigns with files in the directory (loaded or not). */
  const known = new Set<string>();
  /** Retention of every campaign that has one other than the default. */
  const retentions = new Map<string, StaffRetention>();
  /** Per campaign, the retention change being written: the next one waits for it. */
  const retentionWrites = new Map<string, Promise<unknown>>();

  const marksPath = (campaignId: string) => join(dir, campaignId + MARKS);
  const isClosed = isClosedCampaign(db);

  const add = (into: LinkCounts, by: LinkCounts, sign: 1 | -1) => {
    into.listed += sign * by.listed;
    into.tickets += sign * by.tickets;
    into.unused += sign * by.unused;
    into.spent += sign * by.spent;
  };
  const countsOf = (c: Loaded, departmentId: string) => {
    let counts = c.counts.get(departmentId);
    if (!counts) c.counts.set(departmentId, (counts = { ...NONE }));
    return counts;
  };
  const marksOf = (c: Loaded, person: ListedPerson) =>
    person.slot < c.marks.slots ? c.marks.get(person.slot) : NO_MARKS;

  /** Counts and the link index built afresh: after a load, or a failed write put things back. */
  const rebuild = (c: Loaded) => {
    c.counts.clear();
    c.byHash.clear();
    for (const person of c.people.values()) {
      add(countsOf(c, person.departmentId), contribution(person, marksOf(c, person)), 1);
      for (const hash of person.tokenHashes) c.byHash.set(hash, person.id);
    }
  };

  function loadedFrom(
    campaignId: string,
    people: Map<string, ListedPerson>,
    file: CampaignPeopleFile,
  ): Loaded {
    const c: Loaded = {
      campaignId,
      people,
      file,
      marks: openRespondentMarksFile(marksPath(campaignId), () => rebuild(c)),
      byHash: new Map(),
      counts: new Map(),
      gate: null,
      lastUsed: now(),
    };
    // Slots handed out to people whose marks were never written lie beyond the file's end: never again.
    let highest = 0;
    for (const p of people.values()) highest = Math.max(highest, p.slot);
    c.marks.reserve(0, highest + 1);
    rebuild(c);
    loaded.set(campaignId, c);
    known.add(campaignId);
    away.delete(campaignId);
    return c;
  }

  /** The campaign's people in memory, loaded if need be; null when it has none and `create` is false. */
  function inMemory(campaignId: string, create = false): Promise<Loaded | null> {
    const ready = inMemoryNow(campaignId, create);
    if (ready !== undefined) return Promise.resolve(ready);
    let pending = loading.get(campaignId);
    if (!pending) {
      pending = openCampaignPeopleFile(dir, campaignId, warn)
        .then(({ people, file }) => loadedFrom(campaignId, people, file))
        .finally(() => loading.delete(campaignId));
      loading.set(campaignId, pending);
    }
    return pending;
  }

  /**
   * The campaign's people without waiting, when that is possible: loaded already, or none at all (made
   * empty when `create`). Undefined when they must be read from disk first.
   */
  function inMemoryNow(campaignId: string, create: boolean): Loaded | null | undefined {
    const c = loaded.get(campaignId);
    if (c) {
      c.lastUsed = now();
      return c;
    }
    if (known.has(campaignId) || loading.has(campaignId)) return undefined;
    return create ? loadedFrom(campaignId, new Map(), newCampaignPeopleFile(dir, campaignId)) : null;
  }

  /** The loaded campaign a person (listed or not) belongs to. */
  const holderOf = (id: string) => {
    for (const c of loaded.values()) if (c.people.has(id)) return c;
    return undefined;
  };

  /** Sets a person's marks now, keeping the counts, and resolves once durable. */
  const setMarks = (c: Loaded, person: ListedPerson, next: Marks) => {
    const counts = countsOf(c, person.departmentId);
    add(counts, contribution(person, marksOf(c, person)), -1);
    const written = c.marks.set(person.slot, next);
    add(counts, contribution(person, next), 1);
    c.lastUsed = now();
    return written;
  };

  /** Runs `work` while the campaign's list changes wait: a new snapshot, or reading the list back. */
  const closeGate = (c: Loaded, work: () => Promise<void>) => {
    const gate = (async () => {
      await c.file.close(); // the appends in flight land first
      await work();
    })().finally(() => {
      c.gate = null;
    });
    c.gate = gate.catch(() => undefined);
    return gate;
  };

  /** After a failed append: the list as the disk has it, since later changes may have been written. */
  const readBack = (c: Loaded) =>
    c.gate ??
    closeGate(c, async () => {
      const fresh = await openCampaignPeopleFile(dir, c.campaignId, warn);
      c.people = fresh.people;
      c.file = fresh.file;
      rebuild(c);
    });

  /**
   * Applies one list change at once: `make` works it out against the list as it is (with no await before
   * it is applied, unless a new snapshot is being written), and the change is applied, kept in the counts
   * and index, and appended; resolves once durable. A failed append reads the list back from disk.
   */
  function changeList<T>(c: Loaded, make: () => { change: ListChange | null; result: T }): Promise<T> {
    if (c.gate) return c.gate.then(() => changeList(c, make));
    const { change, result } = make();
    if (change === null) return Promise.resolve(result);
    const ids =
      'add' in change
        ? change.add.map((p) => p.id)
        : 'remove' in change
          ? [change.remove]
          : 'links' in change
            ? change.links.map(([id]) => id)
            : change.deliveries.map((d) => d.id);
    for (const id of new Set(ids)) {
      const p = c.people.get(id);
      if (!p) continue;
      add(countsOf(c, p.departmentId), contribution(p, marksOf(c, p)), -1);
      for (const hash of p.tokenHashes) c.byHash.delete(hash);
    }
    applyListChange(c.people, change);
    for (const id of new Set(ids)) {
      const p = c.people.get(id);
      if (!p) continue;
      add(countsOf(c, p.departmentId), contribution(p, marksOf(c, p)), 1);
      for (const hash of p.tokenHashes) c.byHash.set(hash, p.id);
    }
    c.lastUsed = now();
    // A list changed after its campaign was put away: its fingerprints on disk no longer hold.
    const written = Promise.all([c.marks.setQuiet(false), c.file.append(change)]).catch(
      async (error: unknown) => {
        await readBack(c);
        throw error;
      },
    );
    return written.then(async () => {
      if (c.file.isDue && !c.gate) await closeGate(c, () => c.file.compact(c.people));
      return result;
    });
  }

  /** Each person named, grouped by the loaded campaign holding them; people of no loaded campaign left out. */
  const byCampaign = <T extends { id: string }>(items: T[]) => {
    const groups = new Map<Loaded, T[]>();
    for (const item of items) {
      const c = holderOf(item.id);
      if (!c) continue;
      const group = groups.get(c) ?? [];
      group.push(item);
      groups.set(c, group);
    }
    return groups;
  };
  const isListed = (p: ListedPerson | undefined): p is ListedPerson => p !== undefined && p.removed !== true;
  /**
   * An erased list takes no new link or delivery: a mailing still finishing when it was erased must not
   * write a link hash or a delivery message (which may quote the address) back into its files.
   */
  const isErased = (c: Loaded) => c.erased === true || retentions.get(c.campaignId)?.erasedOn != null;

  /** Applies `change` to the retention as it is once the changes before it are written, and writes it. */
  function changeRetention(campaignId: string, change: (current: StaffRetention) => StaffRetention) {
    const previous = retentionWrites.get(campaignId) ?? Promise.resolve();
    const write = previous
      .catch(() => undefined)
      .then(async () => {
        const current = retentions.get(campaignId) ?? DEFAULT_RETENTION;
        const next = change(current);
        if (next === current) return current;
        await replaceFile(join(dir, campaignId + RETENTION), Buffer.from(JSON.stringify(next), 'utf8'));
        retentions.set(campaignId, next);
        return next;
      });
    retentionWrites.set(campaignId, write);
    void write
      .catch(() => undefined)
      .then(() => {
        if (retentionWrites.get(campaignId) === write) retentionWrites.delete(campaignId);
      });
    return write;
  }

  /** Writes the list anew without anything that names a person, and deletes every older copy of it. */
  async function eraseList(campaignId: string): Promise<void> {
    if (!known.has(campaignId) && !loaded.has(campaignId)) return;
    const c = await inMemory(campaignId);
    if (!c) return;
    while (c.gate) await c.gate;
    await closeGate(c, async () => {
      const erased = new Map<string, ListedPerson>();
      for (const [id, p] of c.people) erased.set(id, withoutPersonalData(p));
      // The new snapshot replaces the old one by a rename, so the old file's contents are gone with it.
      await c.file.compact(erased);
      c.people = erased;
      c.erased = true;
      rebuild(c);
      // The compaction deleted its generation's log; any other log or fingerprint still holds old data.
      for (const name of await readdir(dir)) {
        if (campaignOfFile(name) !== campaignId) continue;
        if (name.endsWith('.log') || name.endsWith(FINGERPRINTS)) await removeFile(join(dir, name));
      }
      await syncDirectory(dir);
    });
  }

  /** Closed, left alone, nothing pending: written away and dropped from memory. */
  async function putAway(c: Loaded): Promise<void> {
    while (c.gate) await c.gate;
    const used = c.lastUsed;
    const hashes = new Set<number>();
    for (const p of c.people.values()) for (const h of p.tokenHashes) hashes.add(fingerprint(h));
    const sorted = Uint32Array.from(hashes).sort();
    const path = join(dir, c.campaignId + FINGERPRINTS);
    const temporary = `${path}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await writeAll(handle, Buffer.from(sorted.buffer, sorted.byteOffset, sorted.byteLength), 0);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await moveIntoPlace(temporary, path);
    await syncDirectory(dir);
    // Used again while its fingerprints were written: it stays (and is tried again later).
    if (c.lastUsed !== used || c.marks.claims().size > 0) return;
    await c.marks.setQuiet(true);
    if (c.lastUsed !== used || loaded.get(c.campaignId) !== c) return;
    loaded.delete(c.campaignId);
    away.set(c.campaignId, sorted);
    await c.file.close();
    await c.marks.close();
  }

  /** Writes a campaign's list and marks anew, in the order given, replacing whatever files it had. */
  async function writeList(campaignId: string, invitations: Claimed<SurveyInvitation>[]): Promise<void> {
    await removeCampaignPeopleFiles(dir, campaignId);
    const marks = openRespondentMarksFile(marksPath(campaignId));
    const first = marks.reserve(invitations.length);
    const people = new Map<string, ListedPerson>();
    await Promise.all(
      invitations.map((i, n) => {
        people.set(i.id, toPerson(i, first + n));
        return marks.set(first + n, {
          started: i.started,
          answered: i.answered,
          claim: i.pendingClaim ?? null,
        });
      }),
    );
    await marks.close();
    const { file } = await openCampaignPeopleFile(dir, campaignId, warn);
    await file.compact(people);
    await file.close();
  }

  async function migrateFromRecords(): Promise<void> {
    const legacy = db.data.surveyInvitations as Claimed<SurveyInvitation>[];
    if (legacy.length === 0) return;
    const campaigns = new Map<string, Claimed<SurveyInvitation>[]>();
    for (const i of legacy) campaigns.set(i.campaignId, [...(campaigns.get(i.campaignId) ?? []), i]);
    // A stop mid-migration left the records file whole: whatever was written of a list is redone.
    for (const [campaignId, invitations] of campaigns) await writeList(campaignId, invitations);
    await db.change((data) => {
      data.surveyInvitations = [];
    });
    warn(`Moved ${legacy.length} personal invitation(s) from the records file to ${dir}.`);
  }

  // A leftover temporary file is a write that never completed: the file it would have replaced is whole.
  for (const name of await readdir(dir))
    if (name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
  await migrateFromRecords();
  for (const name of await readdir(dir)) {
    if (!name.endsWith(RETENTION)) {
      known.add(campaignOfFile(name));
      continue;
    }
    const path = join(dir, name);
    let stored: unknown;
    try {
      stored = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      stored = undefined;
    }
    if (!isRetention(stored))
      throw new Error(
        `Cannot read ${path}: it is not what Groundwork writes. Restore it from a backup; it was not changed.`,
      );
    retentions.set(campaignOfFile(name), { days: stored.days, erasedOn: stored.erasedOn });
  }
  for (const campaignId of known) {
    if (isClosed(campaignId) && isQuiet(marksPath(campaignId))) {
      const bytes = await readFile(join(dir, campaignId + FINGERPRINTS)).catch(() => null);
      if (bytes !== null && bytes.length % 4 === 0) {
        away.set(campaignId, new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4).slice());
        continue;
      }
    }
    await inMemory(campaignId);
  }

  return {
    async list(campaignId) {
      const c = await inMemory(campaignId);
      if (!c) return [];
      return [...c.people.values()].filter(isListed).map((p) => toInvitation(campaignId, p, marksOf(c, p)));
    },
    async findByTokenHash(tokenHash) {
      for (const c of loaded.values()) {
        const id = c.byHash.get(tokenHash);
        if (id === undefined) continue;
        const p = c.people.get(id)!;
        c.lastUsed = now();
        return toInvitation(c.campaignId, p, marksOf(c, p));
      }
      const print = fingerprint(tokenHash);
      for (const [campaignId, prints] of away) {
        if (!holdsFingerprint(prints, print)) continue;
        const c = await inMemory(campaignId);
        const id = c?.byHash.get(tokenHash);
        if (c && id !== undefined)
          return toInvitation(campaignId, c.people.get(id)!, marksOf(c, c.people.get(id)!));
      }
      return undefined;
    },
    counts(campaignId, departmentId) {
      return loaded.get(campaignId)?.counts.get(departmentId) ?? NONE;
    },
    async countListed(campaignId) {
      const c = await inMemory(campaignId);
      const counts: Record<string, number> = {};
      for (const [departmentId, n] of c?.counts ?? []) if (n.listed > 0) counts[departmentId] = n.listed;
      return counts;
    },
    add(campaignId, invitations, check) {
      const addTo = (c: Loaded) =>
        changeList(c, () => {
          const onList = new Set([...c.people.values()].filter(isListed).map((p) => p.email));
          const added = invitations.filter((i) => {
            if (onList.has(i.email)) return false;
            onList.add(i.email);
            return true;
          });
          check(added);
          const first = added.length === 0 ? 0 : c.marks.reserve(added.length);
          const people = added.map((i, n) => toPerson(i, first + n));
          return {
            change: people.length === 0 ? null : { add: people },
            result: added.map((i) => ({ ...structuredClone(i), started: false, answered: false })),
          };
        });
      // Checked and added at the call when the list is in memory (or new), so whatever is asked after
      // this call (a shared-link answer) already sees the people.
      const c = inMemoryNow(campaignId, true);
      return c ? addTo(c) : inMemory(campaignId, true).then((loadedNow) => addTo(loadedNow!));
    },
    async remove(id) {
      const c = holderOf(id);
      if (!c) return false;
      const removed = await changeList(c, () => {
        const gone = c.people.get(id);
        if (!isListed(gone)) return { change: null, result: null };
        const marks = marksOf(c, gone);
        // A link being used right now is as good as answered: its response may be on its way.
        const kept = marks.answered || marks.claim !== null;
        const stub = kept
          ? afterRemoval({ ...toInvitation(c.campaignId, gone, marks), answered: true })
          : null;
        const left = stub === null ? null : toPerson(stub, gone.slot);
        return { change: { remove: id, left }, result: gone.slot };
      });
      if (removed === null) return false;
      // Of what they did, only "answered" (or a claim about to become it) may stay, on what is left of them.
      const left = c.people.get(id);
      if (left) await setMarks(c, left, { ...marksOf(c, left), started: false });
      else await c.marks.set(removed, NO_MARKS);
      return true;
    },
    async issueLinks(links) {
      const given: string[] = [];
      for (const [c, group] of byCampaign(links)) {
        given.push(
          ...(await changeList(c, () => {
            const listed = isErased(c) ? [] : group.filter((l) => isListed(c.people.get(l.id)));
            return {
              change: listed.length === 0 ? null : { links: listed.map((l) => [l.id, l.tokenHash]) },
              result: listed.map((l) => l.id),
            };
          })),
        );
      }
      return given;
    },
    async recordDeliveries(deliveries) {
      for (const [c, group] of byCampaign(deliveries)) {
        await changeList(c, () => {
          // Worked out one after another, so two deliveries to one person in a batch add up.
          const results = new Map<string, DeliveryResult>();
          for (const d of isErased(c) ? [] : group) {
            const p = c.people.get(d.id);
            if (!isListed(p)) continue;
            const next = d.change({ ...toInvitation(c.campaignId, p, marksOf(c, p)), ...results.get(p.id) });
            const { sentOn, remindedOn, reminders, lastDelivery } = next;
            results.set(p.id, { id: p.id, sentOn, remindedOn, reminders, lastDelivery });
          }
          return { change: results.size === 0 ? null : { deliveries: [...results.values()] }, result: null };
        });
      }
    },
    async markStarted(id) {
      const c = holderOf(id);
      const p = c?.people.get(id);
      if (!c || !isListed(p)) return;
      const marks = marksOf(c, p);
      if (marks.started) return;
      await setMarks(c, p, { ...marks, started: true });
    },
    async claim(id, claim, isTaken) {
      const c = holderOf(id);
      const p = c?.people.get(id);
      if (!c || !isListed(p)) return false;
      const marks = marksOf(c, p);
      if (isTaken(marks)) return false;
      await setMarks(c, p, { ...marks, claim });
      return true;
    },
    async release(id, claim) {
      const c = holderOf(id);
      const p = c?.people.get(id);
      if (!c || !p || marksOf(c, p).claim !== claim) return false;
      await setMarks(c, p, { ...marksOf(c, p), claim: null });
      return true;
    },
    async settle(id, claim) {
      const c = holderOf(id);
      const p = c?.people.get(id);
      if (!c || !p || marksOf(c, p).claim !== claim) return false;
      await setMarks(c, p, { ...marksOf(c, p), answered: true, claim: null });
      return true;
    },
    pendingClaims() {
      const claims = new Set<string>();
      for (const c of loaded.values()) for (const claim of c.marks.claims().values()) claims.add(claim);
      return claims;
    },
    async settlePending(stored) {
      let answered = 0;
      let freed = 0;
      const writes: Promise<void>[] = [];
      for (const c of loaded.values()) {
        const bySlot = new Map([...c.people.values()].map((p) => [p.slot, p]));
        for (const [slot, claim] of c.marks.claims()) {
          const found = stored.has(claim);
          if (found) answered++;
          else freed++;
          const p = bySlot.get(slot);
          const marks = c.marks.get(slot);
          const next = { ...marks, answered: marks.answered || found, claim: null };
          writes.push(p ? setMarks(c, p, next) : c.marks.set(slot, next));
        }
      }
      await Promise.all(writes);
      return { answered, freed };
    },
    async putAwayClosed(idleMs) {
      for (const c of loaded.values()) {
        if (!isClosed(c.campaignId) || now() - c.lastUsed < idleMs) continue;
        if (c.marks.claims().size > 0) continue;
        await putAway(c);
      }
    },
    async removeCampaign(campaignId) {
      await loading.get(campaignId)?.catch(() => undefined);
      const c = loaded.get(campaignId);
      if (c) {
        while (c.gate) await c.gate;
        // Dropped before its files are closed, so no change starting meanwhile finds it.
        loaded.delete(campaignId);
        await c.file.close();
        await c.marks.close();
      }
      away.delete(campaignId);
      known.delete(campaignId);
      await retentionWrites.get(campaignId)?.catch(() => undefined);
      retentions.delete(campaignId);
      await removeCampaignPeopleFiles(dir, campaignId);
      await syncDirectory(dir);
    },
    retention: (campaignId) => retentions.get(campaignId) ?? DEFAULT_RETENTION,
    changeRetention,
    async erase(campaignId, on) {
      if (retentions.get(campaignId)?.erasedOn) return retentions.get(campaignId)!;
      await eraseList(campaignId);
      // Recorded only once the list is erased: a stop in between erases it again, which changes nothing.
      return changeRetention(campaignId, (current) =>
        current.erasedOn !== null ? current : { ...current, erasedOn: on },
      );
    },
    async everyRecord(campaignId) {
      const c = await inMemory(campaignId);
      if (!c) return [];
      return [...c.people.values()].map((p) => toInvitation(campaignId, p, marksOf(c, p)));
    },
    async restore(campaignId, records) {
      if (known.has(campaignId) || loaded.has(campaignId) || loading.has(campaignId)) {
        throw new Error(`Campaign ${campaignId} already has a staff list: a copy goes into an empty storage`);
      }
      if (records.some((r) => r.campaignId !== campaignId)) throw new Error('A list is of one campaign');
      await writeList(campaignId, records);
      await syncDirectory(dir);
      known.add(campaignId);
      await inMemory(campaignId);
    },
    loadedCampaigns: () => [...loaded.keys()],
    async close() {
      await Promise.all([...loading.values()].map((p) => p.catch(() => undefined)));
      await Promise.all([...retentionWrites.values()].map((p) => p.catch(() => undefined)));
      for (const c of loaded.values()) {
        while (c.gate) await c.gate;
        await c.file.close();
        await c.marks.close();
      }
    },
  };
}
