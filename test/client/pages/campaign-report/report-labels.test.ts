import { describe, expect, it } from 'vitest';
import { makeReportLabels } from '../../../../client/pages/campaign-report/report-labels';
import type { CampaignReport } from '../../../../server/http/api-types';

const report = {
  departments: [{ departmentId: 'm', name: 'Marketing' }],
  dimensions: [],
} as unknown as CampaignReport;

describe('makeReportLabels', () => {
  it('names the departments the report lists', () => {
    expect(makeReportLabels(report, 'en').department('m')).toBe('Marketing');
  });

  it('never shows the id of a department the report leaves out, as a department head’s report does', () => {
    expect(makeReportLabels(report, 'en').department('c131b0e9-25c5')).toBe('another department');
    expect(makeReportLabels(report, 'zh-cn').department('c131b0e9-25c5')).toBe('其他部门');
  });
});
