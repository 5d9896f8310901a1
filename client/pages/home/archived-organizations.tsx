import { useState } from 'react';
import { Link } from 'react-router';
import { api, type Principal } from '../../api/client';
import { allows } from '../../components/permissions';
import { FormError } from '../../components/form-error';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import type { Organization } from '../../../server/http/api-types';
import { HOME_TEXT } from './home-text';

/** The archived organizations, read when the reader opens the list, each to be taken back into the list. */
export function ArchivedOrganizations({
  principal,
  onChanged,
}: {
  principal: Principal;
  onChanged: () => void;
}) {
  const text = useText(HOME_TEXT);
  const [archived, setArchived] = useState<Organization[] | null>(null);
  const act = useAction();
  const load = () => act.run(async () => setArchived(await api.archivedOrganizations()));

  return (
    <details
      className="card"
      data-testid="archived-organizations"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) void load();
      }}
    >
      <summary>{text.archivedHeading}</summary>
      {archived !== null && archived.length === 0 && <p className="muted">{text.noneArchived}</p>}
      {archived !== null && archived.length > 0 && (
        <ul className="list">
          {archived.map((o) => (
            <li key={o.id}>
              <Link to={`/organizations/${o.id}`}>{o.name}</Link>{' '}
              <span className="muted">{text.archivedOn(o.archivedOn ?? '')}</span>{' '}
              {allows(principal, 'organization:remove', o.id) && (
                <button
                  type="button"
                  className="link"
                  aria-label={text.unarchiveNamed(o.name)}
                  disabled={act.busy}
                  onClick={() =>
                    void act.run(async () => {
                      await api.unarchiveOrganization(o.id);
                      setArchived(await api.archivedOrganizations());
                      onChanged();
                    })
                  }
                >
                  {text.unarchive}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={act.error} />
    </details>
  );
}
