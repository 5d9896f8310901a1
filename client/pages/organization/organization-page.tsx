import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { allows } from '../../components/permissions';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../components/use-resource';
import { useText } from '../../components/ui-language';
import { useSession } from '../../components/use-session';
import { BenchmarkOptIn } from './benchmark-opt-in';
import { CadenceField } from './cadence-field';
import { CampaignList } from './campaign-list';
import { CreateCampaignForm } from './create-campaign-form';
import { OrganizationEditor } from './organization-editor';
import { OrganizationRemoval } from './organization-removal';
import { ORGANIZATION_TEXT } from './organization-text';
import { PeopleAdminSection } from './people-admin-section';
import { SeriesList } from './series-list';
import { WAVES_TEXT } from './waves-text';
import { WorkshopsSection } from './workshops-section';

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const { principal } = useSession();
  const text = useText(ORGANIZATION_TEXT);
  const waves = useText(WAVES_TEXT);
  const [organization, reload] = useResource(() => api.organization(id), id);
  const title = organization.state === 'ready' ? organization.data.name : text.title;
  const mayManage = allows(principal, 'organization:manage', id);
  // A department head reads reports but not the campaigns behind them (links and response counts).
  const mayReadCampaigns = allows(principal, 'campaign:read', id);
  const [editing, setEditing] = useState(false);
  return (
    <PageFrame title={title}>
      <ResourceView resource={organization} notFound={text.notFound}>
        {(org) => (
          <>
            {org.archivedOn !== undefined && (
              <p className="notice" role="status">
                {text.organizationArchived(org.archivedOn)}
              </p>
            )}
            <section aria-labelledby="departments-heading">
              <h2 id="departments-heading">{text.departments}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{text.department}</th>
                    <th scope="col" className="num">
                      {text.headcount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {org.departments.map((d) => (
                    <tr key={d.id}>
                      <td>{d.name}</td>
                      <td className="num">{d.headcount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {mayManage && !editing && (
                <button type="button" className="secondary" onClick={() => setEditing(true)}>
                  {text.edit}
                </button>
              )}
            </section>
            {editing && (
              <OrganizationEditor
                organization={org}
                onCancel={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  reload();
                }}
              />
            )}
            <section aria-labelledby="waves-heading">
              <h2 id="waves-heading">{waves.heading}</h2>
              <CadenceField
                organizationId={org.id}
                cadenceMonths={org.cadenceMonths}
                mayManage={mayManage}
                onSaved={reload}
              />
              <h3>{waves.series}</h3>
              <p className="muted">{waves.seriesHelp}</p>
              <SeriesList organization={org} />
            </section>
            <BenchmarkOptIn organization={org} onSaved={reload} />
            <section aria-labelledby="campaigns-heading">
              <h2 id="campaigns-heading">{text.campaigns}</h2>
              {org.campaigns.length === 0 ? (
                <p className="muted">{mayManage ? text.noCampaignCreate : text.noCampaign}</p>
              ) : (
                <CampaignList
                  campaigns={org.campaigns}
                  mayReadCampaigns={mayReadCampaigns}
                  mayRemove={allows(principal, 'campaign:remove', org.id)}
                  onChanged={reload}
                />
              )}
            </section>
            {mayManage && (
              <CreateCampaignForm organizationId={org.id} departments={org.departments} onCreated={reload} />
            )}
            {allows(principal, 'workshop:run', org.id) && <WorkshopsSection organizationId={org.id} />}
            {allows(principal, 'users:manage', org.id) && <PeopleAdminSection organization={org} />}
            {allows(principal, 'organization:remove', org.id) && (
              <OrganizationRemoval organization={org} onChanged={reload} />
            )}
          </>
        )}
      </ResourceView>
    </PageFrame>
  );
}
