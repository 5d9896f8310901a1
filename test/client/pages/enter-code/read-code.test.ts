import { describe, expect, it } from 'vitest';
import { readCode } from '../../../../client/pages/enter-code/read-code';

describe('readCode', () => {
  it.each([
    ['K7M2Q-9XH4T', 'K7M2Q-9XH4T'],
    ['k7m2q9xh4t', 'K7M2Q-9XH4T'],
    [' k7m2q 9xh4t ', 'K7M2Q-9XH4T'],
    ['OOIIL-00111', 'OOIIL-00111'],
    ['K7M2Q-9XH4', null],
    ['K7M2Q-9XH4TT', null],
    ['K7M2Q_9XH4T', null],
    ['', null],
  ])('reads %j as %j', (typed, code) => {
    expect(readCode(typed)).toBe(code);
  });
});
