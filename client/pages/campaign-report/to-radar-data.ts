// Turns a report into the radar chart's data: one axis per readiness dimension, one series for the whole
// organization and one per department shown. Pure, so it is tested without a canvas.

import type { CampaignReport } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';

export interface RadarSeries {
  label: string;
  data: (number | null)[];
}

export interface RadarData {
  labels: string[];
  series: RadarSeries[];
}

const round = (x: number | null | undefined) =>
  x === null || x === undefined ? null : Math.round(x * 10) / 10;

export function toRadarData(
  report: CampaignReport,
  language: Language,
  organizationLabel: string,
): RadarData {
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const series: RadarSeries[] = [];
  if (report.overall) {
    series.push({
      label: organizationLabel,
      data: dimensions.map((d) => round(report.overall?.dimensions[d.id]?.mean)),
    });
  }
  for (const department of report.departments) {
    if (department.hidden || !department.summary) continue;
    const summary = department.summary;
    series.push({
      label: department.name,
      data: dimensions.map((d) => round(summary.dimensions[d.id]?.mean)),
    });
  }
  return { labels: dimensions.map((d) => d.title[language]), series };
}
