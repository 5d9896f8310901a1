import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { formatPercent } from '../../components/format';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { useUiLanguage } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { CheckTable } from './check-table';
import { toCheckRows } from './to-check-rows';
import { WORKSHOP_TEXT } from './workshop-text';
import './workshop.css';

/** The session on one printed A4 page: checks passed at the first draft and at the end, the warm-up, the kept objectives. */
export default function SummaryPage() {
  const { id = '' } = useParams();
  const { language } = useUiLanguage();
  const text = WORKSHOP_TEXT[language];
  const [summary] = useResource(() => api.workshopSummary(id), id);
  const title = summary.state === 'ready' ? text.summaryTitle(summary.data.title) : text.title;
  return (
    <PageFrame title={title}>
      <ResourceView resource={summary} notFound={text.notFound}>
        {(s) => (
          <div className="workshop-summary">
            <p className="no-print actions">
              <button type="button" onClick={() => window.print()}>
                {text.print}
              </button>
              <Link to={`/workshops/${encodeURIComponent(id)}`}>{text.title}</Link>
            </p>
            <p>
              {text.summaryParticipants(s.participants)} · {text.warmUpShareRight}:{' '}
              <strong>{formatPercent(s.warmUpShareRight)}</strong>
            </p>
            <h2>{text.checks}</h2>
            <CheckTable rows={toCheckRows(s.checks)} language={language} />
            <h2>{text.kept}</h2>
            {s.kept.length === 0 ? (
              <p className="muted">{text.noKept}</p>
            ) : (
              <ol className="kept-list">
                {s.kept.map((k) => (
                  <li key={k.id}>
                    <strong>{k.title}</strong>
                    <ul>
                      {k.keyResults.map((kr, i) => (
                        <li key={i}>{kr}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            )}
          </div>
        )}
      </ResourceView>
    </PageFrame>
  );
}
