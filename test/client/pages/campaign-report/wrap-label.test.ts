import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../../client/pages/campaign-report/wrap-label';

describe('wrapLabel', () => {
  it.each([
    ['a name that fits stays on one line', 'Participation', 14, ['Participation']],
    ['words join while the line fits', 'Goal breakdown quality', 14, ['Goal breakdown', 'quality']],
    [
      'a word longer than the width keeps a line of its own',
      'Psychological safety',
      10,
      ['Psychological', 'safety'],
    ],
    ['a Chinese name without spaces stays whole', '目标分解质量', 4, ['目标分解质量']],
    ['repeated spaces make no empty line', 'OKR  and KPI', 7, ['OKR and', 'KPI']],
    ['an empty label stays a label', '', 10, ['']],
  ])('%s', (_case, label, width, lines) => {
    expect(wrapLabel(label, width)).toEqual(lines);
  });
});
