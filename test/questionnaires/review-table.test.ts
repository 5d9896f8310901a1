// MODEL.md appendix A must be the review table of the shipped questionnaire 2, row for row.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentedRows, MODEL_DOC, reviewRows } from './review-table';

describe('the bilingual review table in MODEL.md', () => {
  it('lists every question of readiness-okr-2 with its construct, referent, who can answer and both wordings', () => {
    const rows = reviewRows();
    expect(rows.length).toBe(73);
    expect(
      documentedRows(readFileSync(MODEL_DOC, 'utf8')),
      'Regenerate with: node --import tsx test/questionnaires/review-table.ts',
    ).toEqual(rows);
  });
});
