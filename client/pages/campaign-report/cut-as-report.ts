// A cut's groups in the place of the report's units, so the heatmap draws them with the rows it draws
// units with (toHeatmapRows): a hidden group as a hidden unit, a figure the rule held back as no score.
// The analysis's marks compare units, not groups, so none is carried over.

import type { CampaignReport, CutReport } from '../../../server/http/api-types';
import type { Language } from '../../../shared/languages';

type Summary = NonNullable<CampaignReport['departments'][number]['summary']>;

export function cutAsReport(report: CampaignReport, cut: CutReport, language: Language): CampaignReport {
  return {
    ...report,
    analysis: null,
    departments: cut.groups.map((g) => ({
      departmentId: g.value,
      name: g.label[language],
      headcount: 0,
      responses: g.n,
      responseRate: null,
      hidden: g.hidden,
      summary:
        g.summary === null
          ? null
          : {
              n: g.n ?? 0,
              scales: g.summary.scales,
              dimensions: g.summary.dimensions as Summary['dimensions'],
            },
    })),
  };
}
