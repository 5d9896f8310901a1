import type { CampaignReport, Waves } from '../../../server/http/api-types';
import { api } from '../../api/client';
import type { Language } from '../../components/language-switch';
import { useResource } from '../../components/use-resource';
import { groupName, historyRuns, labelWaves } from './describe-waves';
import { makeReportLabels, type ReportLabels } from './report-labels';
import { PilotEvaluationCard } from './pilot-evaluation-card';
import { TermNote } from './term-note';
import { toWaveTrendData } from './to-wave-trend-data';
import { WaveChangeTable, type ReasonContext } from './wave-change-table';
import { WaveTrendChart } from './wave-trend-chart';
import { WAVES_TEXT } from './waves-text';

type Comparison = NonNullable<Waves['comparison']>;

/**
 * The report among its waves: the advice wave by wave, each dimension's trend, what changed since the wave
 * before and whether a pilot worked. A campaign with no other wave shows nothing here.
 */
export function WavesSection({
  campaignId,
  report,
  language,
}: {
  campaignId: string;
  report: CampaignReport;
  language: Language;
}) {
  const [waves] = useResource(() => api.campaignWaves(campaignId), campaignId);
  const text = WAVES_TEXT[language];
  if (waves.state === 'loading') return null;
  if (waves.state === 'failed') return <p className="muted no-print">{text.loadFailed}</p>;
  const w = waves.data;
  if (w.history.length < 2) return null;

  const scopes = new Map(w.trend.waves.map((wave) => [wave.campaignId, wave.scope]));
  const labels = labelWaves(w.history, scopes, text);
  const reportLabels = makeReportLabels(report, language);
  const runs = historyRuns(w.history, labels, text, language);
  return (
    <section className="waves-section" aria-labelledby="waves-heading" data-testid="waves-section">
      <h2 id="waves-heading">{text.heading}</h2>
      <h3>{text.historyHeading}</h3>
      <p data-testid="wave-history">{text.historySentence(runs)}</p>
      <ol className="wave-history">
        {w.history.map((h) => (
          <li key={h.campaignId} aria-current={h.campaignId === campaignId ? 'true' : undefined}>
            {text.historyItem(labels.get(h.campaignId)!, h.title[language])}
            {!h.closed && <span className="muted"> {text.stillOpen}</span>}
          </li>
        ))}
      </ol>
      <h3>{text.trendHeading}</h3>
      <WaveTrendChart
        data={toWaveTrendData(w.trend, labels, language)}
        thresholds={report.thresholds}
        language={language}
      />
      {w.comparison ? (
        <ChangeSince
          comparison={w.comparison}
          labels={labels}
          reportLabels={reportLabels}
          organizationName={report.scope === 'departments' ? text.surveyedDepartments : text.organization}
        />
      ) : (
        <p className="muted">{text.firstWave}</p>
      )}
      {w.pilot && w.comparison && (
        <PilotEvaluationCard
          pilot={w.pilot}
          context={contextOf(w.comparison, labels)}
          labels={reportLabels}
        />
      )}
    </section>
  );
}

function contextOf(comparison: Comparison, labels: ReadonlyMap<string, string>): ReasonContext {
  return {
    minimum: comparison.minGroupSize,
    earlier: labels.get(comparison.earlierCampaignId) ?? comparison.previous.name,
    later: labels.get(comparison.laterCampaignId) ?? '',
  };
}

function ChangeSince({
  comparison,
  labels,
  reportLabels,
  organizationName,
}: {
  comparison: Comparison;
  labels: ReadonlyMap<string, string>;
  reportLabels: ReportLabels;
  organizationName: string;
}) {
  const language = reportLabels.language;
  const text = WAVES_TEXT[language];
  const colon = language === 'zh-cn' ? '：' : ': ';
  const context = contextOf(comparison, labels);
  const rowsOf = (unit: string) => comparison.change.rows.filter((r) => r.unit === unit);
  const reasonOf = (decision: Comparison['organization']) =>
    decision.reason === 'shown' || decision.reason === 'not-compared'
      ? null
      : text.disclosureReason[decision.reason](context.minimum, context.earlier, context.later);
  const shown = comparison.groups.filter((g) => g.compared && g.disclosure.shown);
  const notShown = [
    ...(comparison.organization.shown
      ? []
      : [{ key: 'organization', name: organizationName, why: reasonOf(comparison.organization), note: '' }]),
    ...comparison.groups
      .filter((g) => !(g.compared && g.disclosure.shown))
      .map((g) => ({
        key: g.key,
        name: groupName(g),
        why: g.compared ? reasonOf(g.disclosure) : null,
        note: text.lineage[g.reason],
      })),
  ];
  // Units by the names either wave gave them, for a refused declaration that names them by id.
  const unitNames = new Map(
    comparison.groups.flatMap((g) => [
      ...g.earlier.map((id, i) => [id, g.earlierNames[i] ?? id] as const),
      ...g.later.map((id, i) => [id, g.laterNames[i] ?? id] as const),
    ]),
  );
  const nameOf = (id: string) => unitNames.get(id) ?? id;
  const alpha = `${Math.round(comparison.change.alpha * 100)}%`;
  return (
    <div className="wave-change-since" data-testid="wave-change">
      <h3>{text.changeHeading(labels.get(comparison.previous.campaignId) ?? comparison.previous.name)}</h3>
      <p>{text.testLine(alpha)}</p>
      <p className="term-note">
        <dfn>{text.welch.name}</dfn>
        {colon}
        {text.welch.plain}
      </p>
      <TermNote term="holm" language={language} />
      <p className="term-note">
        <dfn>{text.hedgesG.name}</dfn>
        {colon}
        {text.hedgesG.plain}
      </p>
      {comparison.organization.shown && (
        <WaveChangeTable
          unit={organizationName}
          note={null}
          rows={rowsOf('organization')}
          context={context}
          labels={reportLabels}
        />
      )}
      {shown.map((g) => (
        <WaveChangeTable
          key={g.key}
          unit={groupName(g)}
          note={g.change === 'same' ? null : text.lineage[g.reason]}
          rows={rowsOf(g.key)}
          context={context}
          labels={reportLabels}
        />
      ))}
      {notShown.length > 0 && (
        <>
          <h4>{text.notComparedHeading}</h4>
          <ul className="wave-not-compared" data-testid="wave-not-compared">
            {notShown.map((u) => (
              <li key={u.key}>
                {u.why !== null ? text.notComparedBecause(u.name, u.why) : text.unitNote(u.name, u.note)}
              </li>
            ))}
          </ul>
        </>
      )}
      {comparison.refusedDeclarations.length > 0 && (
        <>
          <h4>{text.refusedHeading}</h4>
          <ul>
            {comparison.refusedDeclarations.map((r, i) => (
              <li key={i}>
                {text.refused(r.declaration.earlier.map(nameOf), r.declaration.later.map(nameOf))}
                {text.refusal[r.reason]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
