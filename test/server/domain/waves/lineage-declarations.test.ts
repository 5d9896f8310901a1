import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../server/domain/errors';
import { checkDeclarations } from '../../../../server/domain/waves/lineage-declarations';

const units = { earlier: ['a', 'b', 'c'], later: ['a', 'x', 'y'] };

/** The field problems a refusal names, or the stored declarations. */
function outcome(declarations: { earlier: string[]; later: string[] }[]) {
  try {
    return { stored: checkDeclarations(declarations, units) };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    expect(error.coded).toEqual({ code: 'lineage.invalid', params: {} });
    expect(error.status).toBe(422);
    expect(error.message).toBe('Some declarations cannot be applied; nothing was changed.');
    return { refused: error.errors };
  }
}

describe('checkDeclarations', () => {
  it.each([
    { case: 'nothing declared', declarations: [] },
    { case: 'a merge of two into one', declarations: [{ earlier: ['b', 'c'], later: ['x'] }] },
    { case: 'a split of one into two', declarations: [{ earlier: ['a'], later: ['a', 'y'] }] },
    { case: 'a successor under a new id', declarations: [{ earlier: ['b'], later: ['x'] }] },
    {
      case: 'a merge and a split naming different units',
      declarations: [
        { earlier: ['b', 'c'], later: ['x'] },
        { earlier: ['a'], later: ['a', 'y'] },
      ],
    },
  ])('stores $case as sent', ({ declarations }) => {
    const { stored } = outcome(declarations);
    expect(stored).toEqual(declarations);
    // A copy: a later change to the request leaves what is stored alone.
    if (declarations.length > 0) {
      expect(stored![0]).not.toBe(declarations[0]);
      expect(stored![0]!.earlier).not.toBe(declarations[0]!.earlier);
      expect(stored![0]!.later).not.toBe(declarations[0]!.later);
    }
  });

  it.each([
    {
      case: 'an earlier unit the wave before does not report on',
      declarations: [{ earlier: ['a', 'x'], later: ['y'] }],
      refused: [
        {
          field: 'declarations.0.earlier.1',
          message: 'is not a unit of the earlier wave.',
          code: 'lineage.unit-unknown',
          params: { unit: 'x' },
        },
      ],
    },
    {
      case: 'a later unit this wave does not report on',
      declarations: [{ earlier: ['b'], later: ['c', 'x'] }],
      refused: [
        {
          field: 'declarations.0.later.0',
          message: 'is not a unit of the later wave.',
          code: 'lineage.unit-unknown',
          params: { unit: 'c' },
        },
      ],
    },
    {
      case: 'an empty earlier side',
      declarations: [{ earlier: [], later: ['x'] }],
      refused: [{ field: 'declarations.0.earlier', message: 'names no unit.', code: 'lineage.side-empty' }],
    },
    {
      case: 'an empty later side',
      declarations: [{ earlier: ['b'], later: [] }],
      refused: [{ field: 'declarations.0.later', message: 'names no unit.', code: 'lineage.side-empty' }],
    },
    {
      case: 'a unit named twice on one side',
      declarations: [{ earlier: ['b', 'b'], later: ['x'] }],
      refused: [
        {
          field: 'declarations.0.earlier.1',
          message: 'is named twice.',
          code: 'lineage.unit-repeated',
          params: { unit: 'b' },
        },
      ],
    },
    {
      case: 'several into several',
      declarations: [{ earlier: ['b', 'c'], later: ['x', 'y'] }],
      refused: [
        {
          field: 'declarations.0',
          message: 'declares several units into several: say which earlier units became which later one.',
          code: 'lineage.several-into-several',
        },
      ],
    },
    {
      case: 'two declarations naming one earlier unit (a chain of several into several)',
      declarations: [
        { earlier: ['b'], later: ['x'] },
        { earlier: ['c', 'b'], later: ['y'] },
      ],
      refused: [
        {
          field: 'declarations.1.earlier.1',
          message: 'is named by declaration 1 too.',
          code: 'lineage.overlapping',
          params: { unit: 'b', declaration: 1 },
        },
      ],
    },
    {
      case: 'two declarations naming one later unit',
      declarations: [
        { earlier: ['a'], later: ['a'] },
        { earlier: ['b'], later: ['y'] },
        { earlier: ['c'], later: ['y'] },
      ],
      refused: [
        {
          field: 'declarations.2.later.0',
          message: 'is named by declaration 2 too.',
          code: 'lineage.overlapping',
          params: { unit: 'y', declaration: 2 },
        },
      ],
    },
    {
      case: 'the same id on both sides is no overlap, but an unknown one beside it is named',
      declarations: [{ earlier: ['a'], later: ['a', 'q'] }],
      refused: [
        {
          field: 'declarations.0.later.1',
          message: 'is not a unit of the later wave.',
          code: 'lineage.unit-unknown',
          params: { unit: 'q' },
        },
      ],
    },
    {
      case: 'every fault of several declarations at once, in order',
      declarations: [
        { earlier: ['z'], later: [] },
        { earlier: ['b', 'c'], later: ['x', 'y'] },
      ],
      refused: [
        {
          field: 'declarations.0.earlier.0',
          message: 'is not a unit of the earlier wave.',
          code: 'lineage.unit-unknown',
          params: { unit: 'z' },
        },
        { field: 'declarations.0.later', message: 'names no unit.', code: 'lineage.side-empty' },
        {
          field: 'declarations.1',
          message: 'declares several units into several: say which earlier units became which later one.',
          code: 'lineage.several-into-several',
        },
      ],
    },
  ])('refuses $case, naming the field', ({ declarations, refused }) => {
    expect(outcome(declarations)).toEqual({ refused });
  });

  it('refuses a unit of the later wave named on the earlier side, and the other way round', () => {
    expect(outcome([{ earlier: ['y'], later: ['b'] }]).refused!.map((e) => e.field)).toEqual([
      'declarations.0.earlier.0',
      'declarations.0.later.0',
    ]);
  });
});
