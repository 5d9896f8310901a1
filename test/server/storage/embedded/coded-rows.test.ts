// The response store hands out answers as codes (scanCodes) exactly as the storage interface says, as the
// response read whole gives them: listed values by place, anything else (a free text, a list, a value not asked about) one
// past the last, no answer as 0; after a restart from the checkpoint, and past a column's first byte.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import {
  openEmbeddedResponseRepository,
  type EmbeddedResponseRepository,
} from '../../../../server/storage/embedded/embedded-response-repository';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';
import type { CodedQuestion } from '../../../../server/storage/response-repository';
import { makeResponse } from '../../../fixtures/make-response';

let dir: string;
let open: EmbeddedResponseRepository | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-coded-'));
});
afterEach(async () => {
  await open?.close();
  open = null;
  await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<EmbeddedResponseRepository> {
  await open?.close();
  open = await openEmbeddedResponseRepository(dir, () => undefined);
  return open;
}

const QUESTIONS: CodedQuestion[] = [
  { id: 'pay_fair', values: [1, 2, 3, 4, 5, 'dk'] },
  { id: 'success_meaning', values: ['cost', 'speed', 'quality'] },
  { id: 'sample_okr', values: ['short'] },
  { id: 'depends_on', values: [] },
  { id: 'never_answered', values: [1] },
];

function responseNumber(n: number): SurveyResponse {
  return makeResponse({
    campaignId: 'c1',
    departmentId: `d${n % 3}`,
    answers: {
      ...(n % 7 === 0 ? {} : { pay_fair: n % 11 === 0 ? 'dk' : n % 13 === 0 ? 9 : 1 + (n % 5) }),
      ...(n % 2 === 0 ? { success_meaning: ['cost', 'speed', 'innovation'][n % 3]! } : {}),
      // Short at first, then long enough to be taken for free text and left in the log.
      sample_okr: n < 10 ? 'short' : `O: Grow the business in region ${n}, with many customers besides.`,
      ...(n % 4 === 0 ? { depends_on: ['d1', 'd2'] } : {}),
    },
  });
}

/** The codes the interface promises for a response's answers, worked out from the response itself. */
const codesOf = (questions: readonly CodedQuestion[], answers: Answers) =>
  questions.map(({ id, values }) => {
    if (answers[id] === undefined) return 0;
    const place = values.indexOf(answers[id]);
    return place === -1 ? values.length + 1 : place + 1;
  });

/** Each visit's department, id hash and codes, copied (the store fills the same object again). */
async function codedRows(store: EmbeddedResponseRepository, questions = QUESTIONS) {
  const rows: { departmentId: string; idHash: number; codes: number[] }[] = [];
  const visited = await store.scanCodes!('c1', questions, (r, index) => {
    expect(index).toBe(rows.length);
    rows.push({ departmentId: r.departmentId, idHash: r.idHash, codes: [...r.codes] });
  });
  expect(visited).toBe(rows.length);
  return rows;
}

async function expectCodesOfEach(store: EmbeddedResponseRepository, stored: SurveyResponse[]) {
  const rows = await codedRows(store);
  expect(rows.map((r) => r.departmentId)).toEqual(stored.map((r) => r.departmentId));
  expect(rows.map((r) => r.codes)).toEqual(stored.map((r) => codesOf(QUESTIONS, r.answers)));
  return rows;
}

describe('scanCodes', () => {
  it('codes every response as coding it read whole would, in stored order', async () => {
    const store = await start();
    const stored = Array.from({ length: 120 }, (_, n) => responseNumber(n));
    for (const r of stored) await store.append(r);
    const rows = await expectCodesOfEach(store, stored);
    // The free text left in the log is an answer all the same: one past the last value.
    expect(rows[50]!.codes[2]).toBe(2);
    expect(rows[3]!.codes[2]).toBe(1);
    // One response, one hash, the same on every scan; different responses, different hashes here.
    expect((await codedRows(store)).map((r) => r.idHash)).toEqual(rows.map((r) => r.idHash));
    expect(new Set(rows.map((r) => r.idHash)).size).toBe(rows.length);
  });

  it('codes the same after a restart from the checkpoint, and responses stored after it', async () => {
    let store = await start();
    const stored = Array.from({ length: 60 }, (_, n) => responseNumber(n));
    for (const r of stored.slice(0, 50)) await store.append(r);
    const before = await codedRows(store);
    store = await start();
    for (const r of stored.slice(50)) await store.append(r);
    expect((await expectCodesOfEach(store, stored)).slice(0, 50)).toEqual(before);
    store = await start();
    await expectCodesOfEach(store, stored);
  });

  it('codes a question that has taken more values than a byte holds', async () => {
    const store = await start();
    const stored = Array.from({ length: 300 }, (_, n) =>
      makeResponse({ campaignId: 'c1', answers: { count: 1000 + n } }),
    );
    for (const r of stored) await store.append(r);
    const questions = [{ id: 'count', values: Array.from({ length: 254 }, (_, i) => 1299 - i) }];
    const rows = await codedRows(store, questions);
    expect(rows.map((r) => r.codes[0])).toEqual(stored.map((r) => codesOf(questions, r.answers)[0]));
    expect(rows[299]!.codes[0]).toBe(1);
    expect(rows[0]!.codes[0]).toBe(255);
  });

  it('visits only the responses stored when it began', async () => {
    const store = await start();
    for (let n = 0; n < 10; n++) await store.append(responseNumber(n));
    let later: Promise<void> | null = null;
    const visited = await store.scanCodes!('c1', QUESTIONS, () => {
      later ??= store.append(responseNumber(10));
    });
    await later;
    expect(visited).toBe(10);
    expect(await store.countByCampaign('c1')).toBe(11);
  });

  it('visits nothing of a campaign without responses', async () => {
    const store = await start();
    expect(await store.scanCodes!('none', QUESTIONS, () => expect.fail('visited'))).toBe(0);
  });
});
