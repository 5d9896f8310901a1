import { useState } from 'react';
import type { CampaignDetail } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { ResourceView } from '../../components/resource-view';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { useResource } from '../../components/use-resource';
import { STAFF_TEXT } from './staff-text';
import { FIRST_ROWS, toStaffRows } from './to-staff-rows';
import { TableScroll } from '../../components/table-scroll';

/**
 * The people on the campaign's list and what became of the emails to them. The server never says who
 * answered, and neither does this table.
 */
export function StaffTable({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const text = useText(STAFF_TEXT);
  const [showAll, setShowAll] = useState(false);
  const campaignId = detail.campaign.id;
  const mayRemove = detail.phase !== 'closed';
  const removal = useAction();
  // Every new `detail` follows a change (an import, a mailing, a download), so the list is read again.
  const [people] = useResource(() => api.staff(campaignId).then((list) => list.people), detail);

  function remove(email: string) {
    if (!window.confirm(text.removeConfirm(email))) return;
    void removal.run(async () => {
      await api.removeStaff(campaignId, email);
      onChanged();
    });
  }

  // Folded away unless an email bounced: on a list of hundreds the table would bury the rest of the page.
  return (
    <details open={detail.distribution.deliveryFailures > 0}>
      <summary id="staff-people-heading">
        {text.people} ({detail.distribution.listed})
      </summary>
      <ResourceView resource={people}>
        {(list) => {
          const { rows, hidden } = toStaffRows(
            list,
            detail.organization.departments,
            showAll ? null : FIRST_ROWS,
          );
          if (rows.length === 0) return <p>{text.listed(0)}</p>;
          return (
            <>
              {rows[0]?.deliveryError && <p className="muted">{text.problemsFirst}</p>}
              <TableScroll label={text.people}>
                <table aria-labelledby="staff-people-heading">
                  <thead>
                    <tr>
                      <th scope="col">{text.email}</th>
                      <th scope="col">{text.name}</th>
                      <th scope="col">{text.department}</th>
                      <th scope="col">{text.language}</th>
                      <th scope="col">{text.sentOn}</th>
                      <th scope="col">{text.deliveryProblem}</th>
                      {mayRemove && (
                        <th scope="col">
                          <span className="visually-hidden">{text.remove}</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((p) => (
                      <tr key={p.email}>
                        <td>{p.email}</td>
                        <td>{p.name || '—'}</td>
                        <td>{p.departmentName ?? text.removedDepartment}</td>
                        <td>{text.languageNames[p.language]}</td>
                        <td>{p.sentOn ?? text.notSent}</td>
                        <td className={p.deliveryError ? 'error' : undefined}>{p.deliveryError ?? '—'}</td>
                        {mayRemove && (
                          <td>
                            <button type="button" className="link" onClick={() => remove(p.email)}>
                              {text.remove}
                              <span className="visually-hidden">{text.removeFor(p.email)}</span>
                            </button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <FormError error={removal.error} />
              {hidden > 0 && (
                <button type="button" className="secondary" onClick={() => setShowAll(true)}>
                  {text.showAll(list.length)}
                </button>
              )}
            </>
          );
        }}
      </ResourceView>
      <p className="muted">{text.anonymity}</p>
    </details>
  );
}
