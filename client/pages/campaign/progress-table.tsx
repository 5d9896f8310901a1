import type { ResponseProgress } from '../../../server/http/api-types';
import { formatPercent } from '../../components/format';
import { useText } from '../../components/ui-language';
import { CAMPAIGN_TEXT } from './campaign-text';
import { TableScroll } from '../../components/table-scroll';
import './progress-table.css';

type Row = ResponseProgress['departments'][number];

/**
 * Answers per reported group and overall, against the target response rate, split by the way they came:
 * personal links are invited, opened and answered; access codes and shared links are counted only when
 * answered, since nothing records their opening, so their answers stand apart and never beside an
 * "opened" they would seem to exceed. Columns for a way nobody used are left out.
 */
export function ProgressTable({ progress, live }: { progress: ResponseProgress; live: boolean }) {
  const text = useText(CAMPAIGN_TEXT);
  const fewer = text.fewer(progress.minGroupSize);
  const withheldText = (d: Row) => (d.withheld === 'protects-another' ? text.protecting : fewer);
  const shown = (value: number | null, d: Row) => value ?? withheldText(d);
  const reached = Math.min(1, progress.responseRate ?? 0);
  const hasLinks = progress.invited > 0;
  const hasOtherwise = progress.answeredOtherwise > 0;
  // Both ways in use: a second header row says which way each count belongs to.
  const grouped = hasLinks && hasOtherwise;
  const rowSpan = grouped ? 2 : undefined;
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
      {hasLinks && (
        <p data-testid="invited-started">
          {text.invitedStarted(progress.invited, progress.started, progress.answeredByLink)}
        </p>
      )}
      {hasOtherwise && (
        <p data-testid="answered-otherwise">{text.answeredOtherwise(progress.answeredOtherwise)}</p>
      )}
      <TableScroll label={text.tracking}>
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={rowSpan}>
                {text.department}
              </th>
              <th scope="col" className="num" rowSpan={rowSpan}>
                {text.people}
              </th>
              {grouped ? (
                <>
                  <th scope="colgroup" colSpan={3}>
                    {text.byLink}
                  </th>
                  <th scope="col" className="num" rowSpan={2}>
                    {text.otherwise}
                  </th>
                  <th scope="colgroup" colSpan={2}>
                    {text.inAll}
                  </th>
                </>
              ) : (
                <HeaderCells hasLinks={hasLinks} />
              )}
            </tr>
            {grouped && (
              <tr>
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
                  {text.answered}
                </th>
                <th scope="col" className="num">
                  {text.rate}
                </th>
              </tr>
            )}
          </thead>
          <tbody>
            {progress.departments.map((d) => (
              <tr key={d.departmentId} data-department={d.name}>
                <th scope="row">{d.name}</th>
                <td className="num">{d.headcount}</td>
                {hasLinks && (
                  <>
                    <td className="num">{d.invited}</td>
                    <td className="num">{shown(d.started, d)}</td>
                    {grouped && <td className="num">{shown(d.answeredByLink, d)}</td>}
                  </>
                )}
                {grouped && <td className="num">{shown(d.answeredOtherwise, d)}</td>}
                <td className="num" data-withheld={d.withheld ?? undefined}>
                  {shown(d.responses, d)}
                </td>
                <td className="num">{d.responses === null ? '—' : formatPercent(d.responseRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">{text.withheldNote}</p>
      {hasOtherwise && <p className="muted">{text.openingsNote}</p>}
    </section>
  );
}

/**
 * The count columns' headings when one way of answering is in use: without personal links only "answered"
 * and the rate; with them (and nothing else answered) invited, opened, answered and the rate.
 */
function HeaderCells({ hasLinks }: { hasLinks: boolean }) {
  const text = useText(CAMPAIGN_TEXT);
  return (
    <>
      {hasLinks && (
        <>
          <th scope="col" className="num">
            {text.invited}
          </th>
          <th scope="col" className="num">
            {text.started}
          </th>
        </>
      )}
      <th scope="col" className="num">
        {text.answered}
      </th>
      <th scope="col" className="num">
        {text.rate}
      </th>
    </>
  );
}
