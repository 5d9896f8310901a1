import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { formatPercent } from '../../components/format';
import { initialLanguage, LanguageSwitch, type Language } from '../../components/language-switch';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../components/use-resource';
import { DepartmentTable } from './department-table';
import { ReadinessRadar } from './readiness-radar';
import { REPORT_TEXT } from './report-text';
import { toRadarData } from './to-radar-data';
import { VerdictPanel } from './verdict-panel';
import './campaign-report.css';

export default function CampaignReportPage() {
  const { id = '' } = useParams();
  const [report] = useResource(() => api.report(id), id);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const text = REPORT_TEXT[language];
  const title =
    report.state === 'ready'
      ? `${report.data.organizationName}: ${report.data.campaignName}`
      : 'Readiness report';

  return (
    <PageFrame title={title} wide>
      <div className="report-toolbar">
        <Link to={`/campaigns/${id}`}>{text.back}</Link>
        <LanguageSwitch value={language} onChange={setLanguage} label={text.language} />
      </div>
      <ResourceView resource={report}>
        {(r) => (
          <div lang={language === 'en' ? 'en' : 'zh-CN'}>
            <p>
              {text.summaryLine(r.responses, r.headcount, formatPercent(r.responseRate))} {text.model}{' '}
              {r.modelVersion}.
            </p>
            <VerdictPanel report={r} text={text} language={language} />
            <section aria-labelledby="scores-heading">
              <h2 id="scores-heading">{text.scores}</h2>
              {r.overall ? (
                <ReadinessRadar data={toRadarData(r, language, text.organization)} label={text.radarLabel} />
              ) : (
                <p>{text.noOverall(r.minGroupSize)}</p>
              )}
            </section>
            <DepartmentTable report={r} text={text} language={language} />
          </div>
        )}
      </ResourceView>
    </PageFrame>
  );
}
