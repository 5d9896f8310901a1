import type { Language } from '../../components/language-switch';
import { formatPercent } from '../../components/format';
import type { CampaignReport } from '../../../server/http/api-types';
import { SUMMARY_TEXT } from './executive-summary-text';
import { formatCheckValue, type Check } from './format-check';
import { TermNote } from './term-note';

type Summary = CampaignReport['summary'];

/** "above 45" or "below 1": the side of its line a measure must reach to stop being a barrier. */
const target = (check: Check, language: Language) =>
  SUMMARY_TEXT[language].target(check, formatCheckValue(check, check.threshold));

/** The report's first screen: what to do and why, in words, before any table. */
export function ExecutiveSummary({
  summary,
  language,
  speaksFor = null,
}: {
  summary: Summary;
  language: Language;
  /**
   * For a campaign of chosen departments, those departments (empty when the reader sees only part of them):
   * its verdict is theirs, and the summary says so before anything else is read as the organization's.
   */
  speaksFor?: string[] | null;
}) {
  const text = SUMMARY_TEXT[language];
  const { trust } = summary;
  return (
    <section className="executive-summary" aria-labelledby="summary-heading" data-testid="executive-summary">
      <h2 id="summary-heading">{text.heading}</h2>
      {speaksFor !== null && (
        <p className="summary-scope" data-testid="summary-scope">
          {text.speaksFor(speaksFor)}
        </p>
      )}
      <p className="eyebrow">{text.verdictLead}</p>
      <p className={`summary-verdict verdict-${summary.verdict}`}>
        <strong data-testid="verdict">{summary.title[language]}</strong>
      </p>
      {summary.verdict === 'pilot-first' && <TermNote term="mvp" language={language} />}
      <p data-testid="summary-meaning">{text.meaning[summary.verdict]}</p>

      <h3>{text.changeHeading}</h3>
      <ChangeList summary={summary} language={language} />
      {summary.provisional && <p className="provisional">{text.provisional}</p>}

      <h3>{text.barriersHeading}</h3>
      {summary.barriers.length === 0 ? (
        <p>{text.noBarriers}</p>
      ) : (
        <ul className="summary-barriers" data-testid="summary-barriers">
          {summary.barriers.map((check) => (
            <li key={check.subject}>
              <span className="summary-figure">
                {formatCheckValue(check, check.value)}
                {check.unit === 'score' && <small>{text.outOf100}</small>}
              </span>
              <span>
                <strong>{check.label[language]}</strong>
                <br />
                {text.barrier(target(check, language), check.status === 'fail')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {[...summary.barriers, ...summary.toChange].some((c) => c.subject === 'silo-signals') && (
        <TermNote term="silo" language={language} />
      )}

      <h3>{text.actionsHeading}</h3>
      {summary.actions.length === 0 ? (
        <p>{text.noActions}</p>
      ) : (
        <ol className="summary-actions" data-testid="summary-actions">
          {summary.actions.map((action) => (
            <li key={action.id}>{action.title[language]}</li>
          ))}
        </ol>
      )}

      <h3>{text.trustHeading}</h3>
      <p data-testid="summary-trust">
        {trust.received === null
          ? text.trustWithheld
          : text.trust(trust.received, trust.headcount, formatPercent(trust.responseRate))}
      </p>
    </section>
  );
}

function ChangeList({ summary, language }: { summary: Summary; language: Language }) {
  const text = SUMMARY_TEXT[language];
  if (summary.verdict === 'ready') return <p>{text.changeReady}</p>;
  if (summary.verdict === 'insufficient-evidence') return <p>{text.changeEvidence}</p>;
  if (summary.toChange.length === 0) return <p>{text.changeElsewhere}</p>;
  return (
    <ul data-testid="summary-change">
      {summary.toChange.map((check) => (
        <li key={check.subject}>
          {text.change(check.label[language], target(check, language), formatCheckValue(check, check.value))}
        </li>
      ))}
    </ul>
  );
}
