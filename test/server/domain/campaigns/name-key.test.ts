import { describe, expect, it } from 'vitest';
import { findLookAlikes, isSameName, nameKey } from '../../../../server/domain/campaigns/name-key';
import { LOOK_ALIKES } from '../../../fixtures/look-alike-names';

describe('isSameName', () => {
  it.each(LOOK_ALIKES)('takes $name and a look-alike by $how for the same name', ({ name, lookAlike }) => {
    expect(isSameName(name, lookAlike)).toBe(true);
  });

  it.each([
    ['Sales', 'Sales 2'],
    ['Sales', 'Sale'],
    ['Inside Sales', 'InsideSales'],
    ['销售部', '销售'],
    ['Plant II', 'Plant III'],
  ])('tells %j from %j', (a, b) => {
    expect(isSameName(a, b)).toBe(false);
  });
});

describe('nameKey', () => {
  it('keeps the letters of a name, dropping only what a reader cannot see or does not mean', () => {
    expect(nameKey(' Ｒｅｓｅａｒｃｈ\u200b\u3000＆  DEVELOPMENT ')).toBe('research & development');
  });
});

describe('findLookAlikes', () => {
  it('pairs each repeated name with the first of its kind, by position', () => {
    expect(findLookAlikes(['Sales', 'Ops', 'ＳＡＬＥＳ', 'ops', 'sales', 'Finance'])).toEqual([
      { earlier: 0, later: 2 },
      { earlier: 1, later: 3 },
      { earlier: 0, later: 4 },
    ]);
  });

  it('finds nothing among names a reader tells apart', () => {
    expect(findLookAlikes(['Sales', 'Sales 2', 'Operations'])).toEqual([]);
  });
});
