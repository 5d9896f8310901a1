import { useId, useState, type ReactNode } from 'react';
import type { CampaignQuestions, CutReport } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { cutAsQuestions } from './cut-as-questions';
import { cutAsReport } from './cut-as-report';
import { CUT_TEXT } from './cut-text';
import { HeatmapSection } from './heatmap-section';
import { HEATMAP_TEXT } from './heatmap-text';
import type { SectionProps } from './report-types';
import { useCuts } from './use-cut';

/** "Group by": departments, or one cut the campaign asked about; only cuts it chose are offered. */
export function CutSelector({
  cuts,
  value,
  onChange,
  language,
}: {
  cuts: readonly CutReport[];
  value: string;
  onChange: (value: string) => void;
  language: SectionProps['language'];
}) {
  const id = useId();
  const words = CUT_TEXT[language];
  return (
    <p className="cut-selector no-print">
      <label htmlFor={id}>{words.groupBy}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="department">{words.department}</option>
        {cuts.map((c) => (
          <option key={c.cut} value={c.cut}>
            {words.cuts[c.cut]}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * The heatmap with a "Group by" choice above it when the campaign asked about people: its rows are then
 * that cut's groups, or the page says why they cannot be shown yet. Without cuts it is the heatmap alone.
 */
export function GroupedHeatmap(props: SectionProps) {
  const { report, language } = props;
  const cuts = useCuts(report.campaignId);
  const [by, setBy] = useState('department');
  const words = CUT_TEXT[language];
  const chosen = cuts.state === 'ready' ? cuts.data : [];
  if (chosen.length === 0) return <HeatmapSection {...props} />;
  const selector = <CutSelector cuts={chosen} value={by} onChange={setBy} language={language} />;
  const cut = chosen.find((c) => c.cut === by);
  if (!cut) return <HeatmapSection {...props} groupBy={{ selector, csvHref: null, cut: null }} />;
  if (!cut.shown) {
    return (
      <section aria-labelledby="heatmap-heading" data-testid="heatmap" data-cut={cut.cut}>
        <h2 id="heatmap-heading">{HEATMAP_TEXT[language].heading}</h2>
        {selector}
        <p className="cut-unavailable" role="status">
          {words.reasons[cut.reason!]}
        </p>
      </section>
    );
  }
  return (
    <div data-cut={cut.cut}>
      <HeatmapSection
        {...props}
        report={cutAsReport(report, cut, language)}
        groupBy={{
          selector: (
            <>
              {selector}
              <p className="muted cut-note">{words.note(cut.minGroupSize)}</p>
            </>
          ),
          csvHref: api.campaignCutCsv(report.campaignId, cut.cut, language),
          cut,
        }}
      />
    </div>
  );
}

/**
 * The same "Group by" choice for the question-by-question section: the selector to show beside its own
 * choice of view, and the reply regrouped by the cut chosen (unchanged while "Department" is chosen).
 */
export function useCutGrouping(
  campaignId: string,
  language: SectionProps['language'],
): {
  selector: ReactNode;
  regroup: (reply: CampaignQuestions) => CampaignQuestions;
  /** The cut the regrouped reply's groups are, when one is chosen and shown. */
  cut: CutReport | null;
} {
  const cuts = useCuts(campaignId);
  const [by, setBy] = useState('department');
  const chosen = cuts.state === 'ready' ? cuts.data : [];
  const cut = chosen.find((c) => c.cut === by);
  if (chosen.length === 0) return { selector: null, regroup: (reply) => reply, cut: null };
  const selector = (
    <>
      <CutSelector cuts={chosen} value={by} onChange={setBy} language={language} />
      {cut && !cut.shown && (
        <p className="cut-unavailable" role="status">
          {CUT_TEXT[language].reasons[cut.reason!]}
        </p>
      )}
    </>
  );
  return {
    selector,
    regroup: (reply) => (cut ? cutAsQuestions(reply, cut, language) : reply),
    cut: cut?.shown ? cut : null,
  };
}
