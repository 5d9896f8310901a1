// Writes a campaign's released answers as CSV, streamed, in memory that does not grow with the number of
// responses. Passes over the stored responses (storage's scan visits them one at a time, never as a list):
//   1. count the people behind each figure per reporting unit (export-release.ts), and note how many are
//      stored now: later arrivals are left for the next download, as a report read now leaves them out;
//   2. walk them in stored order, keeping which figures each one is let into (a few bits a response);
//   3. draw a random output position for each (export-order.ts), then, one range of positions at a time,
//      read them all again, keep the range's rows as numbers (a byte per answer, an integer per score),
//      and write them out in order.
// Memory: 4 bytes a response for its position, a few bits for its figures, and one range of rows (at most
// 64 MB: about 370,000 responses of questionnaire 2, so three ranges at a million). An
// exclusion that rewrote the log between passes would pair counts with other responses, so each pass checks
// it saw the same responses as the first, and a download that cannot is broken off rather than finished.

import type { AppDeps } from '../app-deps';
import type { Campaign } from '../domain/campaigns/campaign';
import type { Organization } from '../domain/campaigns/organization';
import { reportingUnits } from '../domain/campaigns/reporting-units';
import type { BarrierModel } from '../domain/instrument/barrier-model';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import type { SurveyResponse } from '../domain/instrument/response';
import { scoreResponse } from '../domain/instrument/scoring';
import {
  createFigureCounter,
  createReleasedView,
  createReleaseWalk,
} from '../domain/anonymity/export-release';
import { positionRanges, shuffledPositions } from '../domain/anonymity/export-order';
import { exportCells, exportColumns } from '../domain/analysis/export-columns';
import { writeCsv } from '../csv/write-csv';

export interface ExportInput {
  organization: Organization;
  campaign: Campaign;
  questionnaire: Questionnaire;
  model: BarrierModel;
}

export interface ExportOptions {
  /** Uniform 32-bit unsigned integers for the shuffle; a cryptographic source unless a test fixes one. */
  random32?: () => number;
  /** Rows held at once (about 180 bytes each); fewer means more passes over the responses. */
  rowsInMemory?: number;
}

/** A range's rows at once: about 370,000 rows of questionnaire 2, so three ranges at a million responses. */
const BYTES_IN_MEMORY = 64 * 2 ** 20;
/** Bytes handed to the connection at a time, each write waiting until the client has taken the last. */
const CHUNK_CHARS = 64 * 1024;

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

/** FNV-1a over the ids seen, in order: equal only when a pass saw the very responses the first one did. */
function fingerprint(): { add(id: string): void; value(): number } {
  let hash = 0x811c9dc5;
  return {
    add(id) {
      for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0x2c, 0x01000193);
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
  // As asReported files them: a department no unit names (taken off the campaign) stands for itself.
  const unitIdOf = (departmentId: string) => unitOf.get(departmentId) ?? departmentId;
  const nameOf = new Map<string, string>([
    ...organization.departments.map((d) => [d.id, d.name] as const),
    ...units.map((u) => [u.id, u.name] as const),
  ]);
  const columns = exportColumns(questionnaire, model);
  const minGroupSize = campaign.minGroupSize;
  const scan = (visit: (r: SurveyResponse, index: number) => void) =>
    deps.storage.responses.scan(campaign.id, visit, { texts: false });

  // Pass 1: the people behind each figure.
  const counter = createFigureCounter(questionnaire);
  const first = fingerprint();
  const stored = await scan((r) => {
    counter.add(unitIdOf(r.departmentId), r.answers);
    first.add(r.id);
  });
  const counts = counter.counts();
  const { plan } = counts;
  const exportedSlots = new Set(
    columns.flatMap((c) => ('question' in c ? [plan.slotOf.get(c.question.id)] : [])),
  );
  const anyReleased = [...counts.contributors.values()].some((behind) =>
    [...exportedSlots].some((slot) => slot !== undefined && behind[slot]! >= minGroupSize),
  );
  if (!anyReleased) return null;

  let cancelled = false;
  /** Visits the responses the first pass counted, failing if they are not the same ones any more. */
  const rescan = async (visit: (r: SurveyResponse, index: number) => void) => {
    const seen = fingerprint();
    let visited = 0;
    await scan((r, index) => {
      if (cancelled) throw new ExportCancelled();
      if (index >= stored) return;
      seen.add(r.id);
      visited++;
      visit(r, index);
    });
    if (visited !== stored || seen.value() !== first.value()) {
      throw new Error(`Campaign ${campaign.id}'s responses changed while they were being exported`);
    }
  };

  // Pass 2: which figures each response is let into, as bits.
  const bytesPer = Math.ceil(plan.slots / 8);
  const bits = new Uint8Array(stored * bytesPer);
  const walk = createReleaseWalk(counts, minGroupSize);
  await rescan((r, index) => {
    const released = walk.next(unitIdOf(r.departmentId), r.answers);
    for (let slot = 0; slot < plan.slots; slot++) {
      if (released[slot] === 1) bits[index * bytesPer + (slot >> 3)]! |= 1 << (slot & 7);
    }
  });

  const at = shuffledPositions(stored, options.random32 ?? cryptoRandom32());
  const header = writeCsv(
    columns.map((c) => c.name),
    [],
  );
  // Every cell but the unit's is a number or empty, which needs no quoting; a unit's name goes through the
  // one CSV rule (formula-safe, quoted where needed), once per unit.
  const headerLength = writeCsv(['x'], []).length;
  const unitCells = new Map<string, string>();
  const unitCell = (departmentId: string) => {
    const unit = unitIdOf(departmentId);
    let cell = unitCells.get(unit);
    if (cell === undefined) {
      cell = writeCsv(['x'], [[nameOf.get(unit) ?? unit]]).slice(headerLength, -2);
      unitCells.set(unit, cell);
    }
    return cell;
  };
  const view = createReleasedView(questionnaire);
  const released = new Uint8Array(plan.slots);
  // A range's rows are held as numbers, not text: one byte per answer column (the answer's place among the
  // question's values, 0 for none), each scale's score in ten-thousandths plus one (0 for none), and the
  // unit's number (0 for no row). About 180 bytes a row of questionnaire 2.
  const answered = columns.flatMap((c) =>
    'question' in c && c.question.accepts.kind === 'choice'
      ? [{ id: c.question.id, values: c.question.accepts.values }]
      : [],
  );
  const width = answered.length;
  const columnOf = new Map(answered.map(({ id }, k) => [id, k] as const));
  const codeOf = answered.map(({ values }) => new Map(values.map((v, i) => [v, i + 1] as const)));
  const scales = columns.flatMap((c) => (c.kind === 'scale' ? [c.scale] : []));
  const scaleOf = new Map(scales.map((scale, k) => [scale, k] as const));
  const unitNumber = new Map<string, number>();
  const unitCellsByNumber: string[] = [''];
  const numberOfUnit = (departmentId: string) => {
    let n = unitNumber.get(departmentId);
    if (n === undefined) {
      n = unitCellsByNumber.push(unitCell(departmentId)) - 1;
      unitNumber.set(departmentId, n);
    }
    return n;
  };
  const rowBytes = width + 4 * scales.length + 2;
  const perRange = Math.max(1, options.rowsInMemory ?? Math.floor(BYTES_IN_MEMORY / rowBytes));
  const ranges = positionRanges(stored, perRange);
  const held = Math.min(perRange, stored);
  const codes = new Uint8Array(held * width);
  const scores = new Uint32Array(held * scales.length);
  const unitOfRow = new Uint16Array(held);

  async function* chunks(): AsyncGenerator<string> {
    yield header;
    let number = 0;
    for (const { from, to } of ranges) {
      // Pass 3, once per range: the range's rows by output position.
      unitOfRow.fill(0);
      await rescan((r, index) => {
        const position = at[index]!;
        if (position < from || position >= to) return;
        for (let slot = 0; slot < plan.slots; slot++) {
          released[slot] = (bits[index * bytesPer + (slot >> 3)]! >> (slot & 7)) & 1;
        }
        const seen = view(r.answers, released, scoreResponse(questionnaire, model, r.answers));
        const row = position - from;
        let any = false;
        for (let k = 0; k < width; k++) {
          const value = seen.answer(answered[k]!.id);
          const code = value === undefined ? 0 : (codeOf[k]!.get(value as string | number) ?? 0);
          codes[row * width + k] = code;
          if (code !== 0) any = true;
        }
        if (!any) return;
        unitOfRow[row] = numberOfUnit(r.departmentId);
        scales.forEach((scale, k) => {
          const score = seen.scale(scale);
          scores[row * scales.length + k] = score === null ? 0 : Math.round(score * 10_000) + 1;
        });
      });
      // Then the range's rows in order, as CSV lines.
      let chunk = '';
      for (let row = 0; row < to - from; row++) {
        if (unitOfRow[row] === 0) continue;
        const cells = exportCells(columns, {
          number: ++number,
          unit: '',
          answer: (id) => {
            const k = columnOf.get(id);
            const code = k === undefined ? 0 : codes[row * width + k]!;
            return code === 0 ? undefined : answered[k!]!.values[code - 1];
          },
          scale: (scale) => {
            const kept = scores[row * scales.length + scaleOf.get(scale)!]!;
            return kept === 0 ? null : (kept - 1) / 10_000;
          },
        });
        cells[1] = unitCellsByNumber[unitOfRow[row]!]!;
        chunk += cells.join(',') + '\r\n';
        if (chunk.length >= CHUNK_CHARS) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    }
  }

  const encoder = new TextEncoder();
  const source = chunks();
  // Pulled, not pushed: the next chunk is made only when the connection has taken the last one. A failure
  // midway errors the response, so the download is seen to break instead of ending as a shorter file.
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await source.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
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
