import type { ResponseProgress } from '../../../server/http/api-types';
import { formatPercent } from '../../components/format';
import { useText } from '../../components/ui-language';
import { CAMPAIGN_TEXT } from './campaign-text';
import { TableScroll } from '../../components/table-scroll';

/** Invited, opened and answered per reported group and overall, against the target response rate. */
export function ProgressTable({ progress, live }: { progress: ResponseProgress; live: boolean }) {
  const text = useText(CAMPAIGN_TEXT);
  const fewer = text.fewer(progress.minGroupSize);
  const withheldText = (d: ResponseProgress['departments'][number]) =>
    d.withheld === 'protects-another' ? text.protecting : fewer;
  const reached = Math.min(1, progress.responseRate ?? 0);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{text.tracking}</h2>
      {live && <p className="muted">{text.live}</p>}
      <p aria-live="polite">
        <strong data-testid="total-responses">{progress.responses}</strong>{' '}
        <span data-testid="overall-progress">
          {text.overall(progress.headcount, formatPercent(progress.responseRate))}
        </span>{' '}
        <span data-testid="target-progress">
          {text.target(progress.targetResponseRate, progress.toTarget)}
        </span>
      </p>
      <div
        className="target-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(reached * 100)}
        aria-label={text.rate}
      >
        <span className="target-fill" style={{ width: `${reached * 100}%` }} />
        <span className="target-mark" style={{ left: `${progress.targetResponseRate * 100}%` }} />
      </div>
      {progress.invited > 0 && <p>{text.invitedStarted(progress.invited, progress.started)}</p>}
      <TableScroll label={text.tracking}>
        <table>
          <thead>
            <tr>
              <th scope="col">{text.department}</th>
              <th scope="col" className="num">
                {text.people}
              </th>
              <th scope="col" className="num">
                {text.invited}
              </th>
              <th scope="col" className="num">
                {text.started}
              </th>
              <th scope="col" className="num">
                {text.answered}
              </th>
              <th scope="col" className="num">
                {text.rate}
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.departments.map((d) => (
              <tr key={d.departmentId} data-department={d.name}>
                <th scope="row">{d.name}</th>
                <td className="num">{d.headcount}</td>
                <td className="num">{d.invited}</td>
                <td className="num">{d.started ?? withheldText(d)}</td>
                <td className="num" data-withheld={d.withheld ?? undefined}>
                  {d.responses ?? withheldText(d)}
                </td>
                <td className="num">{d.responses === null ? '—' : formatPercent(d.responseRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">{text.withheldNote}</p>
    </section>
  );
}
