import { describe, expect, it } from 'vitest';
import { scoreBand } from '../../../../client/pages/campaign-report/score-band';

describe('scoreBand', () => {
  it.each([
    [50, 'band-red'],
    [50.1, 'band-amber'],
    [64.9, 'band-amber'],
    [65, 'band-green'],
    [null, 'band-none'],
    [undefined, 'band-none'],
  ])('colours %s by the barrier line 50 and the healthy line 65 as %s', (score, band) => {
    expect(scoreBand(score, { red: 50, green: 65 })).toBe(band);
  });

  it('follows a model version that draws its lines elsewhere', () => {
    const lines = { red: 40, green: 70 };
    expect(scoreBand(45, lines)).toBe('band-amber');
    expect(scoreBand(68, lines)).toBe('band-amber');
    expect(scoreBand(40, lines)).toBe('band-red');
    expect(scoreBand(70, lines)).toBe('band-green');
  });
});
