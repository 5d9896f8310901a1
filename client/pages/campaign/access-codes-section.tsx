import { useState, type FormEvent } from 'react';
import type { AccessCodesIssued, CampaignDetail } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { IssueAccessCodesRequest } from '../../../shared/request-schemas';
import { useResource } from '../../components/use-resource';
import { DISTRIBUTION_TEXT } from './distribution-text';
import { saveDownload } from './save-download';
import { codeEntryAddress, toCodeCards, toCodeCsv } from './to-code-sheet';
import { TableScroll } from '../../components/table-scroll';

/** Makes one-time access codes for a department and shows them once, to print or download. */
export function AccessCodesSection({ detail }: { detail: CampaignDetail }) {
  const text = useText(DISTRIBUTION_TEXT);
  const { campaign, organization } = detail;
  const departments = organization.departments.filter((d) => campaign.departmentIds.includes(d.id));
  const [departmentId, setDepartmentId] = useState(departments[0]?.id ?? '');
  const [count, setCount] = useState('10');
  const [made, setMade] = useState<AccessCodesIssued | null>(null);
  const make = useAction();
  const nameOf = (id: string) => departments.find((d) => d.id === id)?.name ?? id;

  // Read again after codes are made. The counts are a convenience: making codes works without them.
  const [counts] = useResource(() => api.accessCodeCounts(campaign.id), made ?? campaign.id);
  const issued = Object.fromEntries(
    counts.state === 'ready' ? counts.data.departments.map((d) => [d.departmentId, d.issued]) : [],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { departmentId, count: Number(count) };
    const problem = requestProblem(IssueAccessCodesRequest, body);
    if (problem) return make.fail(problem);
    void make.run(async () => setMade(await api.issueAccessCodes(campaign.id, body)));
  }

  const origin = window.location.origin;
  const cards = made ? toCodeCards(origin, made.codes) : [];

  function print() {
    // Only the sheet is printed (campaign.css): the page around it is hidden while printing.
    document.body.classList.add('printing-codes');
    window.addEventListener('afterprint', () => document.body.classList.remove('printing-codes'), {
      once: true,
    });
    window.print();
  }

  return (
    <section aria-labelledby="codes-heading">
      <h2 id="codes-heading">{text.codes}</h2>
      <p className="muted">{text.codesIntro}</p>
      <form onSubmit={submit}>
        <div className="row">
          <label>
            {text.codesFor}
            <select value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <TextField
            label={text.codesCount}
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            required
            value={count}
            onChange={setCount}
          />
        </div>
        <div className="actions">
          <button type="submit" disabled={make.busy || departmentId === ''}>
            {text.makeCodes}
          </button>
        </div>
        <FormError error={make.error} />
      </form>
      {made && (
        <div className="code-sheet" data-testid="code-sheet">
          <p role="status">{text.madeNow(made.codes.length, nameOf(made.departmentId))}</p>
          <div className="actions">
            <button type="button" onClick={print}>
              {text.print}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => saveDownload(toCodeCsv(nameOf(made.departmentId), cards))}
            >
              {text.downloadCodes}
            </button>
          </div>
          <ul className="code-cards">
            {cards.map((card) => (
              <li key={card.code} className="code-card">
                <p>{text.cardTitle(organization.name)}</p>
                <p>{text.cardHow(codeEntryAddress(origin))}</p>
                <p className="code">{card.code}</p>
                <p className="muted">{text.cardOnce}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      <TableScroll label={text.codes}>
        <table>
          <thead>
            <tr>
              <th scope="col">{text.codesFor}</th>
              <th scope="col">{text.issued}</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td>{issued[d.id] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
