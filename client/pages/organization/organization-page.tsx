import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { allows } from '../../components/permissions';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { StatusBadge } from '../../components/status-badge';
import { useResource } from '../../components/use-resource';
import { useText } from '../../components/ui-language';
import { useSession } from '../../components/use-session';
import { CreateCampaignForm } from './create-campaign-form';
import { ORGANIZATION_TEXT } from './organization-text';
import { PeopleSection } from './people-section';

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const { principal } = useSession();
  const text = useText(ORGANIZATION_TEXT);
  const [organization, reload] = useResource(() => api.organization(id), id);
  const title = organization.state === 'ready' ? organization.data.name : text.title;
  const mayManage = allows(principal, 'organization:manage', id);
  // A department head reads reports but not the campaigns behind them (links and response counts).
  const mayReadCampaigns = allows(principal, 'campaign:read', id);
  return (
    <PageFrame title={title}>
      <ResourceView resource={organization} notFound={text.notFound}>
        {(org) => (
          <>
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
            </section>
            <section aria-labelledby="campaigns-heading">
              <h2 id="campaigns-heading">{text.campaigns}</h2>
              {org.campaigns.length === 0 ? (
                <p className="muted">{mayManage ? text.noCampaignCreate : text.noCampaign}</p>
              ) : (
                <ul className="list">
                  {org.campaigns.map((c) => (
                    <li key={c.id}>
                      {mayReadCampaigns ? (
                        <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
                      ) : (
                        <Link to={`/campaigns/${c.id}/report`}>{text.reportLink(c.name)}</Link>
                      )}{' '}
                      <StatusBadge status={c.status} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {mayManage && <CreateCampaignForm organizationId={org.id} onCreated={reload} />}
            {allows(principal, 'users:manage', org.id) && <PeopleSection organization={org} />}
          </>
        )}
      </ResourceView>
    </PageFrame>
  );
}
