import { describe, expect, it } from 'vitest';
import { placeAmong } from '../../../../server/domain/benchmark/benchmark-placement';

const Q = { p10: 40, p25: 50, p50: 60, p75: 70, p90: 80 };
const figure = { organizations: 10, respondents: 120, quantiles: Q };
const SUMMARY = { dimensions: { hygiene: figure, culture: figure }, scales: { 'hygiene.pay': figure } };
const FIGURES = { dimensions: ['hygiene', 'culture', 'fit'], scales: ['hygiene.pay', 'culture.trust'] };

describe('placeAmong', () => {
  it('places each figure of the model, in its order, where both the score and the benchmark have it', () => {
    const placed = placeAmong(
      {
        respondents: 20,
        dimensions: { culture: 85.2, hygiene: 39, fit: 70 },
        scales: { 'hygiene.pay': null, 'culture.trust': 55 },
      },
      SUMMARY,
      FIGURES,
    );
    expect(placed).toEqual({
      dimensions: [
        { id: 'hygiene', score: 39, band: 'bottom-10' },
        { id: 'culture', score: 85.2, band: 'top-10' },
        // the benchmark has no fit: no band
        { id: 'fit', score: 70, band: null },
      ],
      scales: [
        { id: 'hygiene.pay', score: null, band: null },
        // no score at all for a figure the report lacks
        { id: 'culture.trust', score: 55, band: null },
      ],
    });
  });

  it('has no score for a figure the report does not name', () => {
    const placed = placeAmong({ respondents: 20, dimensions: {}, scales: {} }, SUMMARY, FIGURES);
    expect(placed.dimensions[0]).toEqual({ id: 'hygiene', score: null, band: null });
  });
});
