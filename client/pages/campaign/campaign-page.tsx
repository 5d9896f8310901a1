import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { StatusBadge } from '../../components/status-badge';
import { useResource } from '../../components/use-resource';
import { ProgressTable } from './progress-table';
import { SurveyLinks } from './survey-links';

export default function CampaignPage() {
  const { id = '' } = useParams();
  const [detail, reload] = useResource(() => api.campaign(id), id);
  const [error, setError] = useState<string | null>(null);
  const title = detail.state === 'ready' ? detail.data.campaign.name : 'Campaign';

  async function change(action: 'open' | 'close') {
    setError(null);
    try {
      await (action === 'open' ? api.openCampaign(id) : api.closeCampaign(id));
      reload();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <PageFrame title={title}>
      <ResourceView resource={detail}>
        {({ campaign, organization, progress }) => (
          <>
            <p>
              <Link to={`/organizations/${organization.id}`}>{organization.name}</Link> ·{' '}
              <StatusBadge status={campaign.status} /> · minimum group size {campaign.minGroupSize} · model v
              {campaign.modelVersion}
            </p>
            <div className="actions">
              {campaign.status === 'draft' && (
                <button type="button" onClick={() => change('open')}>
                  Open the campaign for responses
                </button>
              )}
              {campaign.status === 'open' && (
                <button type="button" className="secondary" onClick={() => change('close')}>
                  Close the campaign
                </button>
              )}
              <Link className="button-link" to={`/campaigns/${campaign.id}/report`}>
                View the readiness report
              </Link>
              <button type="button" className="secondary" onClick={reload}>
                Refresh
              </button>
            </div>
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
            {campaign.status === 'draft' && (
              <p className="notice">The links below start accepting answers once you open the campaign.</p>
            )}
            <SurveyLinks campaign={campaign} organization={organization} />
            <ProgressTable progress={progress} />
          </>
        )}
      </ResourceView>
    </PageFrame>
  );
}
