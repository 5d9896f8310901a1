// Writes a campaign's released answers as CSV, streamed, reading the stored responses as codes of their
// answers (coded-scan.ts: no object made per response) in passes:
//   1. count the people behind each figure per reporting unit (export-release.ts), and note how many are
//      stored now: later arrivals are left for the next download, as a report read now leaves them out;
//   2. draw a random output position for each (export-order.ts), a slice at a time;
//   3. one range of positions at a time, read them all again, walking the release in stored order (which
//      figures each response is let into), keep the range's rows as codes with their figures' flags, and
//      write them out in order as bytes (export-coding.ts).
// Memory: 4 bytes a response for its position and one range of rows (at most 64 MB: about 40 bytes a row of
// questionnaire 2, so one range up to a million and a half responses). An exclusion that rewrote the log
// between passes would pair counts with other responses, so each pass checks it saw the same responses as
// the first, and a download that cannot is broken off rather than finished. Every step yields to the event
// loop often (the storage's scans every few thousand responses, the shuffle and the writing in slices), so
// other requests are served while a large export runs.

import type { AppDeps } from '../app-deps';
import type { Campaign } from '../domain/campaigns/campaign';
import type { Organization } from '../domain/campaigns/organization';
import { reportingUnits } from '../domain/campaigns/reporting-units';
import type { BarrierModel } from '../domain/instrument/barrier-model';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import { createFigureCounter, createReleaseWalk } from '../domain/anonymity/export-release';
import { createShuffle, positionRanges } from '../domain/anonymity/export-order';
import { exportCoding } from '../domain/analysis/export-coding';
import { exportColumns } from '../domain/analysis/export-columns';
import { writeCsv } from '../csv/write-csv';
import { codedScan, type CodedVisit } from './coded-scan';
import { PackedCodes } from './packed-codes';

export interface ExportInput {
  organization: Organization;
  campaign: Campaign;
  questionnaire: Questionnaire;
  model: BarrierModel;
}

export interface ExportOptions {
  /** Uniform 32-bit unsigned integers for the shuffle; a cryptographic source unless a test fixes one. */
  random32?: () => number;
  /** Rows held at once (about 40 bytes each); fewer means more passes over the responses. */
  rowsInMemory?: number;
}

/** A range's rows at once: about 1.6 million rows of questionnaire 2, so one range at a million responses. */
const BYTES_IN_MEMORY = 64 * 2 ** 20;
/** Bytes handed to the connection at a time, each write waiting until the client has taken the last. */
const CHUNK_BYTES = 64 * 1024;
/** Swaps of the shuffle between two turns of the event loop: a millisecond's work or so. */
const SHUFFLE_SLICE = 16_384;

/** The longest the writing goes on before letting other requests in. */
const TURN_MS = 8;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function cryptoRandom32(): () => number {
  const pool = new Uint32Array(16_384);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      crypto.getRandomValues(pool);
      next = 0;
    }
    return pool[next++]!;
  };
}

/** Mixes the ids' hashes, in order: equal only when a pass saw the very responses the first one did. */
function fingerprint(): { add(idHash: number): void; value(): number } {
  let hash = 0x811c9dc5;
  return {
    add(idHash) {
      hash = Math.imul(hash ^ idHash, 0x01000193);
      hash ^= hash >>> 15;
    },
    value: () => hash >>> 0,
  };
}

class ExportCancelled extends Error {}

/**
 * The export as a stream of UTF-8 bytes, or null when no answer is released yet (a campaign below the
 * minimum group size everywhere): the caller refuses then, before anything is sent.
 */
export async function exportResponses(
  deps: Pick<AppDeps, 'storage'>,
  input: ExportInput,
  options: ExportOptions = {},
): Promise<ReadableStream<Uint8Array> | null> {
  const { organization, campaign, questionnaire, model } = input;
  const { unitOf, units } = reportingUnits(organization, campaign);
  const nameOf = new Map<string, string>([
    ...organization.departments.map((d) => [d.id, d.name] as const),
    ...units.map((u) => [u.id, u.name] as const),
  ]);
  const columns = exportColumns(questionnaire, model);
  const coding = exportCoding(questionnaire, model, columns);
  const { plan } = coding;
  const minGroupSize = campaign.minGroupSize;
  const scan = codedScan(deps.storage.responses, campaign.id, coding.questions);

  // Units numbered from 1 as departments come (0: no row), each with its cell written once by the one CSV
  // rule (formula-safe, quoted where needed); a department no unit names (taken off the campaign) stands
  // for itself, as asReported files it.
  const encoder = new TextEncoder();
  const headerLength = writeCsv(['x'], []).length;
  const unitIds: string[] = [''];
  const unitCells: Uint8Array[] = [new Uint8Array(0)];
  const unitNumberOf = new Map<string, number>();
  const unitNumber = (departmentId: string) => {
    let n = unitNumberOf.get(departmentId);
    if (n === undefined) {
      const unit = unitOf.get(departmentId) ?? departmentId;
      n = unitIds.indexOf(unit);
      if (n === -1) {
        n = unitIds.push(unit) - 1;
        const cell = writeCsv(['x'], [[nameOf.get(unit) ?? unit]]).slice(headerLength, -2);
        unitCells.push(encoder.encode(cell));
      }
      unitNumberOf.set(departmentId, n);
    }
    return n;
  };
  const answered = new Uint16Array(plan.slots);

  // Pass 1: the people behind each figure, after a turn of the event loop (making the coding took one).
  await nextTurn();
  const counter = createFigureCounter(plan);
  const first = fingerprint();
  const stored = await scan((r) => {
    counter.add(unitIds[unitNumber(r.departmentId)]!, coding.countAnswered(r.codes, answered));
    first.add(r.idHash);
  });
  const counts = counter.counts();
  const anyReleased = [...counts.contributors.values()].some((behind) =>
    coding.shownSlots.some((slot) => behind[slot]! >= minGroupSize),
  );
  if (!anyReleased) return null;

  const shuffle = createShuffle(stored, options.random32 ?? cryptoRandom32());
  do await nextTurn();
  while (!shuffle.step(SHUFFLE_SLICE));
  const { at } = shuffle;

  let cancelled = false;
  /** Visits the responses the first pass counted, failing if they are not the same ones any more. */
  const rescan = async (visit: CodedVisit) => {
    const seen = fingerprint();
    let visited = 0;
    await scan((r, index) => {
      if (cancelled) throw new ExportCancelled();
      if (index >= stored) return;
      seen.add(r.idHash);
      visited++;
      visit(r, index);
    });
    if (visited !== stored || seen.value() !== first.value()) {
      throw new Error(`Campaign ${campaign.id}'s responses changed while they were being exported`);
    }
  };

  // A range's rows: their codes, the flags of the figures they are let into (a bit a slot), their unit.
  const width = coding.questions.length;
  const largest = Math.max(1, ...coding.questions.map((q) => q.values.length + 1));
  const words = (plan.slots + 31) >> 5;
  const rowBytes = PackedCodes.bytesPerRow(width, largest) + 4 * words + 2;
  const perRange = Math.max(1, options.rowsInMemory ?? Math.floor(BYTES_IN_MEMORY / rowBytes));
  const ranges = positionRanges(stored, perRange);
  const held = Math.min(perRange, stored);
  const codesOf = new PackedCodes(held, width, largest);
  const flagsOf = new Uint32Array(held * words);
  const unitOfRow = new Uint16Array(held);
  const codes = new Uint8Array(width);
  const released = new Uint8Array(plan.slots);
  const header = encoder.encode(
    writeCsv(
      columns.map((c) => c.name),
      [],
    ),
  );
  const longestUnit = () => Math.max(...unitCells.map((cell) => cell.length));

  async function* chunks(): AsyncGenerator<Uint8Array> {
    let lastTurn = performance.now();
    yield header;
    let number = 0;
    for (const { from, to } of ranges) {
      // Pass 3, once per range: the release walked from the first response, the range's rows kept.
      unitOfRow.fill(0);
      const walk = createReleaseWalk(counts, minGroupSize);
      await rescan((r, index) => {
        const unit = unitNumber(r.departmentId);
        const flags = walk.next(unitIds[unit]!, coding.countAnswered(r.codes, answered));
        const position = at[index]!;
        if (position < from || position >= to || !coding.shows(r.codes, flags)) return;
        const row = position - from;
        codesOf.put(row, r.codes);
        flagsOf.fill(0, row * words, (row + 1) * words);
        for (let slot = 0; slot < plan.slots; slot++) {
          if (flags[slot] === 1) flagsOf[row * words + (slot >> 5)]! |= 1 << (slot & 31);
        }
        unitOfRow[row] = unit;
      });
      // Then the range's rows in order, as CSV lines, a chunk at a time.
      const room = coding.rowBytes + longestUnit();
      let chunk = new Uint8Array(Math.max(CHUNK_BYTES, 2 * room));
      let end = 0;
      for (let row = 0; row < to - from; row++) {
        const unit = unitOfRow[row]!;
        if (unit === 0) continue;
        codesOf.get(row, codes);
        for (let slot = 0; slot < plan.slots; slot++) {
          released[slot] = (flagsOf[row * words + (slot >> 5)]! >>> (slot & 31)) & 1;
        }
        end = coding.writeRow(chunk, end, ++number, unitCells[unit]!, codes, released);
        if (chunk.length - end < room) {
          yield chunk.subarray(0, end);
          chunk = new Uint8Array(chunk.length);
          end = 0;
          // A client that keeps up drains the connection at once, and its drain pulls the next chunk in the
          // same turn: without a turn now and then, nobody else would be served until the range was written.
          if (performance.now() - lastTurn > TURN_MS) {
            await nextTurn();
            lastTurn = performance.now();
          }
        }
      }
      if (end > 0) yield chunk.subarray(0, end);
    }
  }

  const source = chunks();
  // Pulled, not pushed: the next chunk is made only when the connection has taken the last one. A failure
  // midway errors the response, so the download is seen to break instead of ending as a shorter file.
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await source.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        cancelled = true;
        await source.return(undefined).catch(() => undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
