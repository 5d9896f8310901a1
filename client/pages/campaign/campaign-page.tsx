import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { allows } from '../../components/permissions';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { StatusBadge } from '../../components/status-badge';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../components/use-session';
import { DisclosurePreview } from './disclosure-preview';
import { ProgressTable } from './progress-table';
import { SurveyLinks } from './survey-links';

export default function CampaignPage() {
  const { id = '' } = useParams();
  const { principal } = useSession();
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
      <ResourceView
        resource={detail}
        notFound="There is no such campaign, or you have no role in its organization."
      >
        {({ campaign, organization, progress, disclosure }) => {
          const mayManage = allows(principal, 'campaign:manage', campaign.organizationId);
          return (
            <>
              <p>
                <Link to={`/organizations/${organization.id}`}>{organization.name}</Link> ·{' '}
                <StatusBadge status={campaign.status} /> · minimum group size {campaign.minGroupSize} · model
                v{campaign.modelVersion}
              </p>
              <div className="actions">
                {mayManage && campaign.status === 'draft' && (
                  <button type="button" onClick={() => change('open')}>
                    Open the campaign for responses
                  </button>
                )}
                {mayManage && campaign.status === 'open' && (
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
              {campaign.status === 'draft' && (
                <DisclosurePreview rows={disclosure} minGroupSize={campaign.minGroupSize} />
              )}
              <SurveyLinks campaign={campaign} organization={organization} />
              <ProgressTable progress={progress} />
            </>
          );
        }}
      </ResourceView>
    </PageFrame>
  );
}
