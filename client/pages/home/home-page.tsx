import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../components/use-resource';
import { CreateOrganizationForm } from './create-organization-form';

export default function HomePage() {
  const [organizations, reload] = useResource(() => api.organizations(), 'organizations');
  const navigate = useNavigate();
  const [demoError, setDemoError] = useState<string | null>(null);
  const [loadingDemo, setLoadingDemo] = useState(false);

  async function loadDemo() {
    setLoadingDemo(true);
    setDemoError(null);
    try {
      const demo = await api.loadDemo();
      navigate(`/campaigns/${demo.campaignId}/report`);
    } catch (error) {
      setDemoError((error as Error).message);
      setLoadingDemo(false);
    }
  }

  return (
    <PageFrame title="Organizations">
      <p className="lead">
        Find out whether your organization is ready for OKRs before you roll them out: survey your staff, and
        get a verdict with the evidence behind it and what to do first.
      </p>
      <ResourceView resource={organizations}>
        {(list) =>
          list.length === 0 ? (
            <section className="card" aria-labelledby="demo-heading">
              <h2 id="demo-heading">New here?</h2>
              <p>
                Load a demo organization with five departments and 54 synthetic responses to see a full
                readiness report straight away.
              </p>
              <button type="button" onClick={loadDemo} disabled={loadingDemo}>
                {loadingDemo ? 'Loading the demo…' : 'Load the demo organization'}
              </button>
              {demoError && (
                <p role="alert" className="error">
                  {demoError}
                </p>
              )}
            </section>
          ) : (
            <ul className="list">
              {list.map((o) => (
                <li key={o.id}>
                  <Link to={`/organizations/${o.id}`}>{o.name}</Link>{' '}
                  <span className="muted">
                    {o.departments.length} departments, {o.departments.reduce((s, d) => s + d.headcount, 0)}{' '}
                    people
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      <CreateOrganizationForm
        onCreated={(organization) => {
          reload();
          navigate(`/organizations/${organization.id}`);
        }}
      />
    </PageFrame>
  );
}
