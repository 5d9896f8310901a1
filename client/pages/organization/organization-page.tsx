import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { StatusBadge } from '../../components/status-badge';
import { useResource } from '../../components/use-resource';
import { CreateCampaignForm } from './create-campaign-form';

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const [organization, reload] = useResource(() => api.organization(id), id);
  const title = organization.state === 'ready' ? organization.data.name : 'Organization';
  return (
    <PageFrame title={title}>
      <ResourceView resource={organization}>
        {(org) => (
          <>
            <section aria-labelledby="departments-heading">
              <h2 id="departments-heading">Departments</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Department</th>
                    <th scope="col" className="num">
                      Headcount
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
              <h2 id="campaigns-heading">Campaigns</h2>
              {org.campaigns.length === 0 ? (
                <p className="muted">No campaign yet. Create one below to get survey links.</p>
              ) : (
                <ul className="list">
                  {org.campaigns.map((c) => (
                    <li key={c.id}>
                      <Link to={`/campaigns/${c.id}`}>{c.name}</Link> <StatusBadge status={c.status} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <CreateCampaignForm organizationId={org.id} onCreated={reload} />
          </>
        )}
      </ResourceView>
    </PageFrame>
  );
}
