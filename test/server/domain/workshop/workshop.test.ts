import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../server/domain/errors';
import {
  addGroup,
  answerWarmUp,
  castVotes,
  changeGroup,
  changeWorkshop,
  CODE_ALPHABET,
  createWorkshop,
  dropKept,
  isJoinCode,
  joinCode,
  joinWorkshop,
  keepObjective,
  keptByIds,
  keptDescription,
  MAX_NAME,
  MAX_PARTICIPANTS,
  removeGroup,
  statusAt,
  voteCounts,
  writeDraft,
  type Workshop,
  type WorkshopSpec,
} from '../../../../server/domain/workshop/workshop';

const NOW = '2026-05-04T09:00:00.000Z';
const LATER = '2026-05-04T10:00:00.000Z';

const SPEC: WorkshopSpec = {
  id: 'w1',
  organizationId: 'o1',
  campaignId: 'c1',
  title: '  Q3 goals  ',
  languages: ['en', 'zh-cn'],
  departmentIds: ['d1', 'd1', 'd2'],
  naming: 'named',
  code: 'ABCDEFGH',
  createdBy: 'acc-1',
  ruleSetVersion: '2',
};

const base = (spec: Partial<WorkshopSpec> = {}): Workshop => createWorkshop({ ...SPEC, ...spec }, NOW);

/** A workshop with people joined, by name. */
function withPeople(names: string[], spec: Partial<WorkshopSpec> = {}): Workshop {
  return names.reduce(
    (w, name, i) => joinWorkshop(w, { participantId: `p${i + 1}`, tokenHash: `h${i + 1}`, name }, NOW),
    base(spec),
  );
}

/** What a refusal says: its status, its code and the codes of the fields it names. */
function refusal(run: () => unknown): { status: number; code: string; fields: string[] } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return {
      status: error.status,
      code: error.coded.code,
      fields: error.errors.map((e) => `${e.field}:${e.code}`),
    };
  }
  throw new Error('expected a refusal');
}

describe('createWorkshop', () => {
  it('starts open, at the warm-up, version 1, expiring after 8 hours, with the title trimmed and departments once each', () => {
    expect(base()).toEqual({
      id: 'w1',
      organizationId: 'o1',
      campaignId: 'c1',
      title: 'Q3 goals',
      languages: ['en', 'zh-cn'],
      departmentIds: ['d1', 'd2'],
      naming: 'named',
      status: 'open',
      phase: 'warm-up',
      code: 'ABCDEFGH',
      createdBy: 'acc-1',
      createdAt: NOW,
      expiresAt: '2026-05-04T17:00:00.000Z',
      ruleSetVersion: '2',
      revealed: false,
      participants: [],
      drafts: [],
      groups: [],
      kept: [],
      version: 1,
      updatedAt: NOW,
    });
  });

  it.each([
    [1, '2026-05-04T10:00:00.000Z'],
    [72, '2026-05-07T09:00:00.000Z'],
  ])('expires after %i hours when asked', (hours, expiresAt) => {
    expect(base({ expiresInHours: hours }).expiresAt).toBe(expiresAt);
  });

  it.each<[string, Partial<WorkshopSpec>, string[]]>([
    ['a blank title', { title: '   ' }, ['title:workshop.title-required']],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, ['title:workshop.too-long']],
    ['no language', { languages: [] }, ['languages:workshop.languages-invalid']],
    ['a language twice', { languages: ['en', 'en'] }, ['languages:workshop.languages-invalid']],
    ['three languages', { languages: ['en', 'zh-cn', 'en'] }, ['languages:workshop.languages-invalid']],
    ['0 hours', { expiresInHours: 0 }, ['expiresInHours:workshop.hours-invalid']],
    ['73 hours', { expiresInHours: 73 }, ['expiresInHours:workshop.hours-invalid']],
    ['1.5 hours', { expiresInHours: 1.5 }, ['expiresInHours:workshop.hours-invalid']],
    [
      'a blank title and no language',
      { title: '', languages: [] },
      ['title:workshop.title-required', 'languages:workshop.languages-invalid'],
    ],
  ])('refuses %s, naming each field', (_, spec, fields) => {
    expect(refusal(() => base(spec))).toEqual({ status: 422, code: 'workshop.invalid', fields });
  });

  it('takes a title of exactly 200 characters and one language', () => {
    expect(base({ title: 'x'.repeat(200), languages: ['zh-cn'] }).title).toHaveLength(200);
  });
});

describe('join codes', () => {
  it('maps bytes to the alphabet, skipping those that would bias it', () => {
    expect(joinCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]))).toBe('ABCDEFGH');
    // 31 letters: 248 and above are skipped, 31 wraps to the first letter.
    expect(joinCode(new Uint8Array([248, 255, 31, 30, 62, 0, 1, 2, 3, 4]))).toBe('A9AABCDE');
    expect(joinCode(new Uint8Array([247]))).toBe(null);
    expect(joinCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 250]))).toBe(null);
  });

  it('has no letters or digits a room could mistake for each other', () => {
    for (const c of 'ILO01') expect(CODE_ALPHABET).not.toContain(c);
    expect(CODE_ALPHABET).toHaveLength(31);
  });

  it.each([
    ['ABCDEFGH', true],
    ['ABCDEFG', false],
    ['ABCDEFGHJ', false],
    ['ABCDEFGI', false],
    ['abcdefgh', false],
  ])('tells whether %s could be a code: %s', (code, expected) => {
    expect(isJoinCode(code)).toBe(expected);
  });
});

describe('statusAt', () => {
  it.each([
    ['2026-05-04T16:59:59.999Z', 'open'],
    ['2026-05-04T17:00:00.000Z', 'ended'],
  ])('at %s a workshop left open is %s', (at, status) => {
    expect(statusAt(base(), at)).toBe(status);
  });

  it('keeps a locked workshop locked until it expires', () => {
    const locked = changeWorkshop(base(), { status: 'locked' }, NOW);
    expect(statusAt(locked, LATER)).toBe('locked');
  });
});

describe('joinWorkshop', () => {
  it('adds a named participant with the name trimmed, raising the version', () => {
    const w = joinWorkshop(base(), { participantId: 'p1', tokenHash: 'h1', name: '  Li Wei ' }, LATER);
    expect(w.participants).toEqual([
      { id: 'p1', tokenHash: 'h1', name: 'Li Wei', joinedAt: LATER, warmUp: {}, votes: [] },
    ]);
    expect(w.version).toBe(2);
    expect(w.updatedAt).toBe(LATER);
  });

  it('keeps no name in an anonymous workshop, even one that was sent', () => {
    const w = joinWorkshop(
      base({ naming: 'anonymous' }),
      { participantId: 'p1', tokenHash: 'h1', name: 'Li' },
      NOW,
    );
    expect(w.participants[0]!.name).toBeNull();
    const without = joinWorkshop(
      base({ naming: 'anonymous' }),
      { participantId: 'p1', tokenHash: 'h1' },
      NOW,
    );
    expect(without.participants[0]!.name).toBeNull();
  });

  it('takes a name of exactly the longest length', () => {
    const w = joinWorkshop(base(), { participantId: 'p1', tokenHash: 'h1', name: 'x'.repeat(MAX_NAME) }, NOW);
    expect(w.participants[0]!.name).toHaveLength(MAX_NAME);
  });

  it.each<[string, () => Workshop, string | undefined, { status: number; code: string; fields: string[] }]>([
    [
      'a named room without a name',
      base,
      undefined,
      { status: 422, code: 'workshop.invalid', fields: ['name:workshop.name-required'] },
    ],
    [
      'a named room with a blank name',
      base,
      '   ',
      { status: 422, code: 'workshop.invalid', fields: ['name:workshop.name-required'] },
    ],
    [
      'a name too long',
      base,
      'x'.repeat(MAX_NAME + 1),
      { status: 422, code: 'workshop.invalid', fields: ['name:workshop.too-long'] },
    ],
    [
      'a locked room',
      () => changeWorkshop(base(), { status: 'locked' }, NOW),
      'Li',
      { status: 409, code: 'workshop.locked', fields: [] },
    ],
    [
      'an ended room',
      () => changeWorkshop(base(), { status: 'ended' }, NOW),
      'Li',
      { status: 409, code: 'workshop.ended', fields: [] },
    ],
    [
      'an expired room',
      () => base({ expiresInHours: 1 }),
      'Li',
      { status: 409, code: 'workshop.ended', fields: [] },
    ],
  ])('refuses %s', (_, workshop, name, expected) => {
    const w = workshop();
    expect(refusal(() => joinWorkshop(w, { participantId: 'p9', tokenHash: 'h9', name }, LATER))).toEqual(
      expected,
    );
  });

  it('refuses anyone past the most a room holds', () => {
    const full = {
      ...base(),
      participants: Array.from({ length: MAX_PARTICIPANTS }, (_, i) => ({
        id: `p${i}`,
        tokenHash: `h${i}`,
        name: 'x',
        joinedAt: NOW,
        warmUp: {},
        votes: [],
      })),
    };
    expect(
      refusal(() => joinWorkshop(full, { participantId: 'new', tokenHash: 'hn', name: 'Li' }, NOW)),
    ).toEqual({
      status: 409,
      code: 'workshop.full',
      fields: [],
    });
  });
});

describe('changeWorkshop', () => {
  it.each([
    [{ status: 'locked' as const }, { status: 'locked', phase: 'warm-up', revealed: false }],
    [{ phase: 'writing' as const }, { status: 'open', phase: 'writing', revealed: false }],
    [{ revealWarmUp: true }, { status: 'open', phase: 'warm-up', revealed: true }],
    [
      { status: 'ended' as const, phase: 'done' as const },
      { status: 'ended', phase: 'done', revealed: false },
    ],
    [{}, { status: 'open', phase: 'warm-up', revealed: false }],
  ])('applies %o', (change, expected) => {
    const w = changeWorkshop(base(), change, LATER);
    expect({ status: w.status, phase: w.phase, revealed: w.revealed }).toEqual(expected);
    expect(w.version).toBe(2);
  });

  it('reopens a locked room, and hides a revealed warm-up again when asked', () => {
    const locked = changeWorkshop(base(), { status: 'locked', revealWarmUp: true }, NOW);
    const reopened = changeWorkshop(locked, { status: 'open', revealWarmUp: false }, NOW);
    expect([reopened.status, reopened.revealed]).toEqual(['open', false]);
  });

  it('refuses every change once ended or expired', () => {
    const ended = changeWorkshop(base(), { status: 'ended' }, NOW);
    expect(refusal(() => changeWorkshop(ended, { status: 'open' }, NOW)).code).toBe('workshop.ended');
    expect(refusal(() => changeWorkshop(base({ expiresInHours: 1 }), { phase: 'writing' }, LATER)).code).toBe(
      'workshop.ended',
    );
  });
});

describe('answerWarmUp', () => {
  it('merges answers over earlier ones', () => {
    let w = withPeople(['Li']);
    w = answerWarmUp(w, 'p1', { 'office-move': 'kpi', 'payroll-on-time': 'kpi' }, NOW);
    w = answerWarmUp(w, 'p1', { 'office-move': 'project' }, NOW);
    expect(w.participants[0]!.warmUp).toEqual({ 'office-move': 'project', 'payroll-on-time': 'kpi' });
    expect(w.version).toBe(4);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['an unknown scenario', { nowhere: 'okr' }, ['answers.nowhere:workshop.unknown-item']],
    ['an unknown class', { 'office-move': 'goal' }, ['answers.office-move:workshop.unknown-item']],
  ])('refuses %s, changing nothing', (_, answers, fields) => {
    expect(refusal(() => answerWarmUp(withPeople(['Li']), 'p1', answers, NOW))).toEqual({
      status: 422,
      code: 'workshop.invalid',
      fields,
    });
  });

  it('refuses once revealed, from someone who never joined, and once ended', () => {
    const revealed = changeWorkshop(withPeople(['Li']), { revealWarmUp: true }, NOW);
    expect(refusal(() => answerWarmUp(revealed, 'p1', { 'office-move': 'okr' }, NOW))).toMatchObject({
      status: 409,
      code: 'workshop.revealed',
    });
    expect(refusal(() => answerWarmUp(withPeople(['Li']), 'p2', {}, NOW))).toMatchObject({
      status: 409,
      code: 'workshop.not-joined',
    });
    const ended = changeWorkshop(withPeople(['Li']), { status: 'ended' }, NOW);
    expect(refusal(() => answerWarmUp(ended, 'p1', {}, NOW)).code).toBe('workshop.ended');
  });
});

describe('writeDraft', () => {
  const first = { objective: 'Improve onboarding', keyResults: ['Write a guide'] };
  const better = { objective: 'Make onboarding a joy', keyResults: ['Raise NPS from 20 to 40 by Q3'] };

  it('creates the participant’s draft with its first version kept, then replaces it, keeping the first', () => {
    let w = writeDraft(withPeople(['Li', 'Wang']), 'p1', first, 'd1', NOW);
    expect(w.drafts).toEqual([
      { id: 'd1', participantId: 'p1', ...first, first, updatedAt: NOW, version: 1 },
    ]);
    w = writeDraft(w, 'p1', better, 'ignored', LATER);
    expect(w.drafts).toEqual([
      { id: 'd1', participantId: 'p1', ...better, first, updatedAt: LATER, version: 2 },
    ]);
    expect(w.version).toBe(5);
  });

  it('keeps each participant’s draft apart', () => {
    let w = writeDraft(withPeople(['Li', 'Wang']), 'p1', first, 'd1', NOW);
    w = writeDraft(w, 'p2', better, 'd2', NOW);
    w = writeDraft(w, 'p1', better, 'd3', NOW);
    expect(w.drafts.map((d) => [d.id, d.participantId, d.objective])).toEqual([
      ['d1', 'p1', better.objective],
      ['d2', 'p2', better.objective],
    ]);
  });

  it('takes the first draft that says something as the first, not a blank start', () => {
    let w = writeDraft(withPeople(['Li']), 'p1', { objective: ' ', keyResults: [' '] }, 'd1', NOW);
    w = writeDraft(w, 'p1', first, 'd1', NOW);
    w = writeDraft(w, 'p1', better, 'd1', NOW);
    expect(w.drafts[0]!.first).toEqual(first);
  });

  it.each<[string, { objective: string; keyResults: string[] }, string[]]>([
    [
      'an objective of 301 characters',
      { objective: 'x'.repeat(301), keyResults: [] },
      ['objective:workshop.too-long'],
    ],
    [
      'nine key results',
      { objective: 'x', keyResults: Array(9).fill('k') },
      ['keyResults:workshop.too-many-key-results'],
    ],
    [
      'a key result of 301 characters',
      { objective: 'x', keyResults: ['k', 'x'.repeat(301)] },
      ['keyResults.1:workshop.too-long'],
    ],
  ])('refuses %s', (_, draft, fields) => {
    expect(refusal(() => writeDraft(withPeople(['Li']), 'p1', draft, 'd1', NOW))).toEqual({
      status: 422,
      code: 'workshop.invalid',
      fields,
    });
  });

  it('takes exactly 300 characters and eight key results', () => {
    const w = writeDraft(
      withPeople(['Li']),
      'p1',
      { objective: 'x'.repeat(300), keyResults: Array(8).fill('y'.repeat(300)) },
      'd1',
      NOW,
    );
    expect(w.drafts).toHaveLength(1);
  });

  it('refuses a stranger, and any draft once ended', () => {
    expect(refusal(() => writeDraft(withPeople(['Li']), 'p7', first, 'd1', NOW)).code).toBe(
      'workshop.not-joined',
    );
    const ended = changeWorkshop(withPeople(['Li']), { status: 'ended' }, NOW);
    expect(refusal(() => writeDraft(ended, 'p1', first, 'd1', NOW))).toMatchObject({
      status: 409,
      code: 'workshop.ended',
    });
  });
});

/** Two people with a draft each, d1 and d2. */
const drafted = () =>
  writeDraft(
    writeDraft(withPeople(['Li', 'Wang', 'Zhao']), 'p1', { objective: 'A', keyResults: [] }, 'd1', NOW),
    'p2',
    { objective: 'B', keyResults: [] },
    'd2',
    NOW,
  );

describe('groups', () => {
  it('adds, renames, regroups and removes a group, removing the votes cast for it', () => {
    let w = addGroup(drafted(), 'g1', { title: ' Customers ', draftIds: ['d1', 'd1'] }, NOW);
    expect(w.groups).toEqual([{ id: 'g1', title: 'Customers', draftIds: ['d1'] }]);
    w = changeGroup(w, 'g1', { title: 'Happy customers' }, NOW)!;
    expect(w.groups[0]).toEqual({ id: 'g1', title: 'Happy customers', draftIds: ['d1'] });
    w = changeGroup(w, 'g1', { draftIds: ['d2', 'd1'] }, NOW)!;
    expect(w.groups[0]).toEqual({ id: 'g1', title: 'Happy customers', draftIds: ['d2', 'd1'] });
    w = changeWorkshop(w, { phase: 'voting' }, NOW);
    w = castVotes(w, 'p1', ['g1', 'd2'], NOW);
    w = removeGroup(w, 'g1', NOW)!;
    expect(w.groups).toEqual([]);
    expect(w.participants[0]!.votes).toEqual(['d2']);
  });

  it('answers undefined for a group the workshop does not have', () => {
    expect(changeGroup(drafted(), 'g9', { title: 'x' }, NOW)).toBeUndefined();
    expect(removeGroup(drafted(), 'g9', NOW)).toBeUndefined();
  });

  it.each<[string, { title: string; draftIds: string[] }, string[]]>([
    ['a blank title', { title: ' ', draftIds: [] }, ['title:workshop.title-required']],
    ['an unknown draft', { title: 'T', draftIds: ['d1', 'd9'] }, ['draftIds:workshop.unknown-item']],
  ])('refuses %s', (_, spec, fields) => {
    expect(refusal(() => addGroup(drafted(), 'g1', spec, NOW))).toEqual({
      status: 422,
      code: 'workshop.invalid',
      fields,
    });
    const w = addGroup(drafted(), 'g1', { title: 'T', draftIds: [] }, NOW);
    expect(refusal(() => changeGroup(w, 'g1', spec, NOW))).toEqual({
      status: 422,
      code: 'workshop.invalid',
      fields,
    });
  });

  it('refuses a 51st group, and any change once ended', () => {
    let w = drafted();
    for (let i = 0; i < 50; i++) w = addGroup(w, `g${i}`, { title: 'T', draftIds: [] }, NOW);
    expect(refusal(() => addGroup(w, 'g50', { title: 'T', draftIds: [] }, NOW))).toMatchObject({
      status: 409,
      code: 'workshop.too-many',
    });
    const ended = changeWorkshop(w, { status: 'ended' }, NOW);
    expect(refusal(() => addGroup(ended, 'x', { title: 'T', draftIds: [] }, NOW)).code).toBe(
      'workshop.ended',
    );
    expect(refusal(() => changeGroup(ended, 'g1', { title: 'T' }, NOW)).code).toBe('workshop.ended');
    expect(refusal(() => removeGroup(ended, 'g1', NOW)).code).toBe('workshop.ended');
  });
});

describe('castVotes', () => {
  const voting = () =>
    changeWorkshop(
      addGroup(drafted(), 'g1', { title: 'T', draftIds: ['d1'] }, NOW),
      { phase: 'voting' },
      NOW,
    );

  it('replaces a participant’s votes, each id once, and counts them', () => {
    let w = castVotes(voting(), 'p1', ['g1', 'g1', 'd2'], NOW);
    w = castVotes(w, 'p2', ['g1'], NOW);
    expect(w.participants.map((p) => p.votes)).toEqual([['g1', 'd2'], ['g1'], []]);
    expect(voteCounts(w)).toEqual({ g1: 2, d2: 1 });
    w = castVotes(w, 'p1', [], NOW);
    expect(voteCounts(w)).toEqual({ g1: 1 });
  });

  it('takes three votes and refuses four', () => {
    let w = addGroup(voting(), 'g2', { title: 'U', draftIds: [] }, NOW);
    w = castVotes(w, 'p1', ['g1', 'g2', 'd1'], NOW);
    expect(w.participants[0]!.votes).toHaveLength(3);
    expect(refusal(() => castVotes(w, 'p1', ['g1', 'g2', 'd1', 'd2'], NOW))).toEqual({
      status: 422,
      code: 'workshop.invalid',
      fields: ['ids:workshop.too-many-votes'],
    });
  });

  it.each([
    ['an unknown id', () => voting(), 'p1', ['nope'], { status: 422, code: 'workshop.invalid' }],
    ['before voting', () => drafted(), 'p1', ['d1'], { status: 409, code: 'workshop.wrong-phase' }],
    ['a stranger', () => voting(), 'p9', ['d1'], { status: 409, code: 'workshop.not-joined' }],
    [
      'an ended room',
      () => changeWorkshop(voting(), { status: 'ended' }, NOW),
      'p1',
      ['d1'],
      { status: 409, code: 'workshop.ended' },
    ],
  ])('refuses %s', (_, workshop, participant, ids, expected) => {
    expect(refusal(() => castVotes(workshop(), participant, ids, NOW))).toMatchObject(expected);
  });
});

describe('kept objectives', () => {
  it('keeps an objective with its key results trimmed and blank ones left out, and drops it', () => {
    let w = keepObjective(
      drafted(),
      'k1',
      { title: ' Delight ', keyResults: [' NPS 40 ', '', ' '], fromDraftIds: ['d1', 'd1'] },
      NOW,
    );
    expect(w.kept).toEqual([{ id: 'k1', title: 'Delight', keyResults: ['NPS 40'], fromDraftIds: ['d1'] }]);
    expect(keptDescription(w.kept[0]!)).toBe('- NPS 40');
    expect(keptDescription({ id: 'k', title: 't', keyResults: ['a', 'b'], fromDraftIds: [] })).toBe(
      '- a\n- b',
    );
    expect(dropKept(w, 'k9', NOW)).toBeUndefined();
    w = dropKept(w, 'k1', NOW)!;
    expect(w.kept).toEqual([]);
  });

  it.each<[string, { title: string; keyResults: string[]; fromDraftIds: string[] }, string[]]>([
    ['a blank title', { title: '', keyResults: [], fromDraftIds: [] }, ['title:workshop.title-required']],
    [
      'an unknown draft',
      { title: 'T', keyResults: [], fromDraftIds: ['d9'] },
      ['fromDraftIds:workshop.unknown-item'],
    ],
    [
      'nine key results',
      { title: 'T', keyResults: Array(9).fill('k'), fromDraftIds: [] },
      ['keyResults:workshop.too-many-key-results'],
    ],
    [
      'a key result too long',
      { title: 'T', keyResults: ['x'.repeat(301)], fromDraftIds: [] },
      ['keyResults.0:workshop.too-long'],
    ],
  ])('refuses %s', (_, spec, fields) => {
    expect(refusal(() => keepObjective(drafted(), 'k1', spec, NOW))).toEqual({
      status: 422,
      code: 'workshop.invalid',
      fields,
    });
  });

  it('refuses a 31st, and any change once ended', () => {
    let w = drafted();
    for (let i = 0; i < 30; i++)
      w = keepObjective(w, `k${i}`, { title: 'T', keyResults: [], fromDraftIds: [] }, NOW);
    expect(
      refusal(() => keepObjective(w, 'k30', { title: 'T', keyResults: [], fromDraftIds: [] }, NOW)),
    ).toMatchObject({ status: 409, code: 'workshop.too-many' });
    const ended = changeWorkshop(w, { status: 'ended' }, NOW);
    expect(
      refusal(() => keepObjective(ended, 'x', { title: 'T', keyResults: [], fromDraftIds: [] }, NOW)).code,
    ).toBe('workshop.ended');
    expect(refusal(() => dropKept(ended, 'k1', NOW)).code).toBe('workshop.ended');
  });

  it('finds kept objectives by id in the order asked, each once, and refuses an unknown id', () => {
    let w = keepObjective(drafted(), 'k1', { title: 'One', keyResults: [], fromDraftIds: [] }, NOW);
    w = keepObjective(w, 'k2', { title: 'Two', keyResults: [], fromDraftIds: [] }, NOW);
    expect(keptByIds(w, ['k2', 'k1', 'k2']).map((k) => k.title)).toEqual(['Two', 'One']);
    expect(refusal(() => keptByIds(w, ['k1', 'k3']))).toEqual({
      status: 422,
      code: 'workshop.invalid',
      fields: ['keptIds:workshop.unknown-item'],
    });
  });
});

it('leaves the workshop it was given as it was', () => {
  const w = drafted();
  const before = structuredClone(w);
  writeDraft(w, 'p1', { objective: 'Z', keyResults: ['k'] }, 'd1', LATER);
  castVotes(changeWorkshop(w, { phase: 'voting' }, NOW), 'p1', ['d1'], NOW);
  answerWarmUp(w, 'p1', { 'office-move': 'okr' }, NOW);
  expect(w).toEqual(before);
});

describe('edges of each step', () => {
  it('refuses a third language even when the first two differ', () => {
    const third = ['en', 'zh-cn', 'fr'] as unknown as WorkshopSpec['languages'];
    expect(refusal(() => base({ languages: third })).fields).toEqual([
      'languages:workshop.languages-invalid',
    ]);
  });

  it.each([
    ['an objective alone', { objective: 'Delight customers', keyResults: [] }],
    ['key results alone', { objective: ' ', keyResults: ['NPS 40'] }],
    ['a key result beside a blank one', { objective: ' ', keyResults: ['NPS 40', ' '] }],
  ])('takes %s as a first draft that says something', (_, first) => {
    let w = writeDraft(withPeople(['Li']), 'p1', first, 'd1', NOW);
    w = writeDraft(w, 'p1', { objective: 'Later', keyResults: ['Later'] }, 'd1', NOW);
    expect(w.drafts[0]!.first).toEqual(first);
  });

  it('changes only the group named, trimming its new title, and removes only that one', () => {
    let w = addGroup(drafted(), 'g1', { title: 'One', draftIds: [] }, NOW);
    w = addGroup(w, 'g2', { title: 'Two', draftIds: ['d2'] }, NOW);
    w = changeGroup(w, 'g1', { title: '  Uno  ' }, NOW)!;
    expect(w.groups).toEqual([
      { id: 'g1', title: 'Uno', draftIds: [] },
      { id: 'g2', title: 'Two', draftIds: ['d2'] },
    ]);
    expect(removeGroup(w, 'g1', NOW)!.groups).toEqual([{ id: 'g2', title: 'Two', draftIds: ['d2'] }]);
  });

  it('keeps exactly eight key results of exactly 300 characters, and drops only the objective named', () => {
    const longest = Array.from({ length: 8 }, (_, i) => `${i}`.padEnd(300, 'x'));
    let w = keepObjective(drafted(), 'k1', { title: 'One', keyResults: longest, fromDraftIds: [] }, NOW);
    w = keepObjective(w, 'k2', { title: 'Two', keyResults: [], fromDraftIds: [] }, NOW);
    expect(w.kept[0]!.keyResults).toEqual(longest);
    expect(dropKept(w, 'k2', NOW)!.kept.map((k) => k.id)).toEqual(['k1']);
    expect(dropKept(w, 'k1', NOW)!.kept.map((k) => k.id)).toEqual(['k2']);
  });
});

/** Everything a refusal carries: its status, sentence for logs, code with params, and each field's line. */
function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { status: error.status, message: error.message, coded: error.coded, errors: error.errors };
  }
  throw new Error('expected a refusal');
}

describe('how each refusal reads, for programs and logs', () => {
  const voting = () =>
    changeWorkshop(addGroup(drafted(), 'g1', { title: 'T', draftIds: [] }, NOW), { phase: 'voting' }, NOW);
  const invalidOf = (errors: { field: string; message: string; code: string; params?: object }[]) => ({
    status: 422,
    message: `The workshop cannot take this: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`,
    coded: { code: 'workshop.invalid', params: {} },
    errors,
  });

  it.each<[string, () => unknown, object]>([
    [
      'a blank title and a title too long',
      () => addGroup(drafted(), 'g', { title: ' ', draftIds: ['d9'] }, NOW),
      invalidOf([
        { field: 'title', message: 'is required', code: 'workshop.title-required' },
        {
          field: 'draftIds',
          message: 'names no draft of the workshop (d9)',
          code: 'workshop.unknown-item',
          params: { id: 'd9' },
        },
      ]),
    ],
    [
      'languages and hours',
      () => base({ title: 'x'.repeat(201), languages: [], expiresInHours: 0 }),
      invalidOf([
        {
          field: 'title',
          message: 'is longer than 200 characters',
          code: 'workshop.too-long',
          params: { max: 200 },
        },
        {
          field: 'languages',
          message: 'must be one or two different languages',
          code: 'workshop.languages-invalid',
        },
        {
          field: 'expiresInHours',
          message: 'must be a whole number from 1 to 72',
          code: 'workshop.hours-invalid',
          params: { min: 1, max: 72 },
        },
      ]),
    ],
    [
      'a name missing',
      () => joinWorkshop(base(), { participantId: 'p', tokenHash: 'h' }, NOW),
      invalidOf([{ field: 'name', message: 'is required', code: 'workshop.name-required' }]),
    ],
    [
      'warm-up answers of no scenario or class',
      () => answerWarmUp(withPeople(['Li']), 'p1', { nowhere: 'okr', 'office-move': 'goal' }, NOW),
      invalidOf([
        {
          field: 'answers.nowhere',
          message: 'is not a scenario of the warm-up',
          code: 'workshop.unknown-item',
          params: { id: 'nowhere' },
        },
        {
          field: 'answers.office-move',
          message: 'is not okr, kpi or project',
          code: 'workshop.unknown-item',
          params: { id: 'goal' },
        },
      ]),
    ],
    [
      'a draft too long in every way',
      () =>
        writeDraft(
          withPeople(['Li']),
          'p1',
          { objective: 'x'.repeat(301), keyResults: Array(9).fill('k') },
          'd',
          NOW,
        ),
      invalidOf([
        {
          field: 'objective',
          message: 'is longer than 300 characters',
          code: 'workshop.too-long',
          params: { max: 300 },
        },
        {
          field: 'keyResults',
          message: 'has more than 8 key results',
          code: 'workshop.too-many-key-results',
          params: { max: 8 },
        },
      ]),
    ],
    [
      'votes too many and unknown',
      () => castVotes(voting(), 'p1', ['g1', 'd1', 'd2', 'x'], NOW),
      invalidOf([
        {
          field: 'ids',
          message: 'has more than 3 votes',
          code: 'workshop.too-many-votes',
          params: { max: 3 },
        },
        {
          field: 'ids',
          message: 'names no group or draft (x)',
          code: 'workshop.unknown-item',
          params: { id: 'x' },
        },
      ]),
    ],
    [
      'a kept objective with too much',
      () =>
        keepObjective(
          drafted(),
          'k',
          { title: 'T', keyResults: [...Array(8).fill('k'), 'x'.repeat(301)], fromDraftIds: [] },
          NOW,
        ),
      invalidOf([
        {
          field: 'keyResults',
          message: 'has more than 8 key results',
          code: 'workshop.too-many-key-results',
          params: { max: 8 },
        },
        {
          field: 'keyResults.8',
          message: 'is longer than 300 characters',
          code: 'workshop.too-long',
          params: { max: 300 },
        },
      ]),
    ],
    [
      'kept ids unknown',
      () => keptByIds(drafted(), ['k9']),
      invalidOf([
        {
          field: 'keptIds',
          message: 'names no kept objective (k9)',
          code: 'workshop.unknown-item',
          params: { id: 'k9' },
        },
      ]),
    ],
    [
      'an ended workshop',
      () => changeWorkshop(changeWorkshop(base(), { status: 'ended' }, NOW), {}, NOW),
      {
        status: 409,
        message: 'The workshop has ended: nothing in it can change any more.',
        coded: { code: 'workshop.ended', params: {} },
        errors: [],
      },
    ],
    [
      'a locked room',
      () =>
        joinWorkshop(
          changeWorkshop(base(), { status: 'locked' }, NOW),
          { participantId: 'p', tokenHash: 'h', name: 'Li' },
          NOW,
        ),
      {
        status: 409,
        message: 'The facilitator has locked the room: nobody new can join.',
        coded: { code: 'workshop.locked', params: {} },
        errors: [],
      },
    ],
    [
      'a stranger',
      () => castVotes(voting(), 'p9', [], NOW),
      {
        status: 409,
        message: 'You are not a participant of this workshop.',
        coded: { code: 'workshop.not-joined', params: {} },
        errors: [],
      },
    ],
    [
      'a revealed warm-up',
      () => answerWarmUp(changeWorkshop(withPeople(['Li']), { revealWarmUp: true }, NOW), 'p1', {}, NOW),
      {
        status: 409,
        message: 'The warm-up has been revealed: its answers are closed.',
        coded: { code: 'workshop.revealed', params: {} },
        errors: [],
      },
    ],
    [
      'a vote before voting',
      () => castVotes(drafted(), 'p1', [], NOW),
      {
        status: 409,
        message: 'Votes are taken only while the room is voting.',
        coded: { code: 'workshop.wrong-phase', params: { phase: 'warm-up' } },
        errors: [],
      },
    ],
  ])('%s', (_, run, expected) => {
    expect(thrown(run)).toEqual(expected);
  });

  it('says how full a room, a workshop’s groups and its kept objectives may be', () => {
    const person = (i: number) => ({
      id: `p${i}`,
      tokenHash: `h${i}`,
      name: 'x',
      joinedAt: NOW,
      warmUp: {},
      votes: [],
    });
    const full = { ...base(), participants: Array.from({ length: MAX_PARTICIPANTS }, (_, i) => person(i)) };
    expect(thrown(() => joinWorkshop(full, { participantId: 'n', tokenHash: 'n', name: 'Li' }, NOW))).toEqual(
      {
        status: 409,
        message: 'The room is full: at most 200 people.',
        coded: { code: 'workshop.full', params: { max: 200 } },
        errors: [],
      },
    );
    const groups = {
      ...base(),
      groups: Array.from({ length: 50 }, (_, i) => ({ id: `g${i}`, title: 't', draftIds: [] })),
    };
    expect(thrown(() => addGroup(groups, 'g', { title: 'T', draftIds: [] }, NOW))).toEqual({
      status: 409,
      message: 'A workshop holds at most 50 groups.',
      coded: { code: 'workshop.too-many', params: { max: 50 } },
      errors: [],
    });
    const kept = {
      ...base(),
      kept: Array.from({ length: 30 }, (_, i) => ({
        id: `k${i}`,
        title: 't',
        keyResults: [],
        fromDraftIds: [],
      })),
    };
    expect(
      thrown(() => keepObjective(kept, 'k', { title: 'T', keyResults: [], fromDraftIds: [] }, NOW)),
    ).toEqual({
      status: 409,
      message: 'A workshop keeps at most 30 objectives.',
      coded: { code: 'workshop.too-many', params: { max: 30 } },
      errors: [],
    });
  });
});
