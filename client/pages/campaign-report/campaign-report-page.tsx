import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { formatPercent } from '../../components/format';
import { allows } from '../../components/permissions';
import { LanguageSwitch } from '../../components/language-switch';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { useUiLanguage } from '../../components/ui-language';
import { LANGUAGE_TAGS } from '../../../shared/languages';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../components/use-session';
import { ActionPlanSection } from './action-plan-section';
import { BoardPdfDownload } from './board-pdf-download';
import { ComparisonSection } from './comparison-section';
import { DepartmentTable } from './department-table';
import { DownloadSection } from './download-section';
import { CommentSection } from './comment-section';
import { QuestionSection } from './question-section';
import { DriverSection } from './driver-section';
import { ExecutiveSummary } from './executive-summary';
import { SUMMARY_TEXT } from './executive-summary-text';
import { GoalAuditSection } from './goal-audit-section';
import { GroupedHeatmap } from './cut-selector';
import { PairwiseSection } from './pairwise-section';
import { MeaningSection } from './meaning-section';
import { RecommendationList } from './recommendation-list';
import { makeReportLabels } from './report-labels';
import { REPORT_TEXT } from './report-text';
import { ScoresSection } from './scores-section';
import { StatedFactsSection } from './stated-facts-section';
import { TrustSection } from './trust-section';
import { usePrintExpansion } from './use-print-expansion';
import { VerdictPanel } from './verdict-panel';
import { WavesSection } from './waves-section';
import { BenchmarkSection } from './benchmark-section';
import './campaign-report.css';

export default function CampaignReportPage() {
  const { id = '' } = useParams();
  const { principal } = useSession();
  const [report] = useResource(() => api.report(id), id);
  const { language, setLanguage } = useUiLanguage();
  const text = REPORT_TEXT[language];
  const title =
    report.state === 'ready'
      ? `${report.data.organizationName}: ${report.data.campaignName}`
      : 'Readiness report';
  // Back to the campaign for those who may read it; a department head, who would be refused there, goes
  // back to the organization instead.
  const organizationId = report.state === 'ready' ? report.data.organizationId : null;
  const mayReadCampaigns = organizationId !== null && allows(principal, 'campaign:read', organizationId);
  const mayExport = organizationId !== null && allows(principal, 'responses:export', organizationId);
  usePrintExpansion();

  // The report keeps its switch in its own toolbar, next to the way back, instead of the top bar's.
  return (
    <PageFrame title={title} wide languageSwitch={false}>
      <div className="report-toolbar no-print">
        {mayReadCampaigns ? (
          <Link to={`/campaigns/${id}`}>{text.back}</Link>
        ) : (
          <Link to={organizationId ? `/organizations/${organizationId}` : '/'}>{text.backHome}</Link>
        )}
        <LanguageSwitch value={language} onChange={setLanguage} label={text.language} />
      </div>
      <ResourceView resource={report} notFound={text.notFound}>
        {(r) => {
          const labels = makeReportLabels(r, language);
          const analysis = r.analysis;
          return (
            <div lang={LANGUAGE_TAGS[language]}>
              <BoardPdfDownload report={r} language={language} />
              <ExecutiveSummary
                summary={r.summary}
                language={language}
                speaksFor={
                  r.scope === 'departments'
                    ? r.departmentView
                      ? []
                      : r.departments.map((d) => d.name)
                    : null
                }
              />
              {r.view && (
                <section className="view-note" data-testid="view-note" aria-label={text.withheld}>
                  <p>{text.viewNote}</p>
                  {!r.view.organizationShown && <p>{text.organizationWithheld}</p>}
                  {r.view.withheldRecommendations > 0 && (
                    <p>{text.recommendationsWithheld(r.view.withheldRecommendations)}</p>
                  )}
                </section>
              )}
              <ActionPlanSection
                organizationId={r.organizationId}
                campaignId={id}
                recommendations={r.recommendations}
                language={language}
              />
              <WavesSection campaignId={id} report={r} language={language} />
              <BenchmarkSection report={r} language={language} />
              {/* The analyst's material, one click away: the summary above is all most readers need. */}
              <details className="full-report" data-testid="full-report">
                <summary>{SUMMARY_TEXT[language].fullReport}</summary>
                <p>
                  {r.release &&
                    text.summaryLine(r.release.received, r.headcount, formatPercent(r.responseRate))}{' '}
                  {text.model} {r.modelVersion}.
                </p>
                {r.release && r.responses !== null && (
                  <p className="muted" data-testid="release-line">
                    {text.releaseLine(r.responses, r.release.heldBack, r.minGroupSize, r.release.releasedOn)}
                  </p>
                )}
                <VerdictPanel report={r} text={text} language={language} />
                <StatedFactsSection report={r} text={text} language={language} />
                <RecommendationList
                  recommendations={r.recommendations}
                  pilot={analysis?.pilot ?? null}
                  departmentView={r.departmentView}
                  labels={labels}
                />
                <ScoresSection report={r} text={text} language={language} />
                <DepartmentTable report={r} text={text} language={language} />
                <GroupedHeatmap report={r} text={text} language={language} />
                <PairwiseSection report={r} text={text} language={language} />
                {analysis && (
                  <>
                    <TrustSection analysis={analysis} labels={labels} />
                    <ComparisonSection analysis={analysis} labels={labels} />
                    <MeaningSection map={analysis.conflictMap} labels={labels} />
                    <GoalAuditSection
                      audit={analysis.goalAudit}
                      departmentOrder={r.departments.map((d) => d.departmentId)}
                      labels={labels}
                    />
                    <DriverSection drivers={analysis.drivers} labels={labels} />
                  </>
                )}
                <QuestionSection campaignId={id} language={language} />
                <CommentSection digest={r.comments} language={language} />
                {mayExport && <DownloadSection report={r} text={text} />}
              </details>
            </div>
          );
        }}
      </ResourceView>
    </PageFrame>
  );
}
