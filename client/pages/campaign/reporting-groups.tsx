import { useState, type FormEvent } from 'react';
import type { CampaignDetail } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText, useUiLanguage } from '../../components/ui-language';
import { joinList } from '../../../shared/languages';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { ReportingGroupRequest } from '../../../shared/request-schemas';
import { CAMPAIGN_TEXT } from './campaign-text';

/** While a draft: merge small departments into a reporting group, or split a group again. */
export function ReportingGroups({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const text = useText(CAMPAIGN_TEXT);
  const { language } = useUiLanguage();
  const { campaign, organization } = detail;
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState('');
  const change = useAction();
  const grouped = new Set(campaign.reportingGroups.flatMap((g) => g.departmentIds));
  const departments = organization.departments.filter((d) => campaign.departmentIds.includes(d.id));
  const nameOf = (id: string) => departments.find((d) => d.id === id)?.name ?? id;

  const act = (task: () => Promise<unknown>) =>
    void change.run(async () => {
      await task();
      setChosen([]);
      setName('');
      onChanged();
    });

  function merge(event: FormEvent) {
    event.preventDefault();
    const body = { name: name.trim(), departmentIds: chosen };
    const problem = requestProblem(ReportingGroupRequest, body);
    if (problem) return change.fail(problem);
    act(() => api.mergeDepartments(campaign.id, body));
  }

  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{text.groups}</h2>
      {campaign.reportingGroups.length > 0 && (
        <ul className="list">
          {campaign.reportingGroups.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong> — {text.groupMembers(joinList(language, g.departmentIds.map(nameOf)))}{' '}
              <button
                type="button"
                className="link"
                onClick={() => act(() => api.splitGroup(campaign.id, g.id))}
              >
                {text.split}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={merge}>
        <fieldset className="checkboxes">
          <legend>{text.mergeLegend}</legend>
          {departments
            .filter((d) => !grouped.has(d.id))
            .map((d) => (
              <label key={d.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(d.id)}
                  onChange={() =>
                    setChosen((c) => (c.includes(d.id) ? c.filter((x) => x !== d.id) : [...c, d.id]))
                  }
                />
                {d.name}
              </label>
            ))}
        </fieldset>
        <div className="row">
          <TextField label={text.groupName} value={name} onChange={setName} required maxLength={120} />
        </div>
        <div className="actions">
          <button type="submit" disabled={change.busy}>
            {text.merge}
          </button>
        </div>
        <FormError error={change.error} />
      </form>
    </section>
  );
}
