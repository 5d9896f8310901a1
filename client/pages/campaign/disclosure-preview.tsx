import type { DisclosurePreviewRow } from '../../../server/http/api-types';
import { useText } from '../../components/ui-language';
import { CAMPAIGN_TEXT } from './campaign-text';
import { TableScroll } from '../../components/table-scroll';

/** Before opening: which groups the reports will hide, so small departments can be merged first. */
export function DisclosurePreview({
  rows,
  minGroupSize,
  target,
}: {
  rows: DisclosurePreviewRow[];
  minGroupSize: number;
  target: number;
}) {
  const text = useText(CAMPAIGN_TEXT);
  const anyHidden = rows.some((r) => r.status !== 'shown');
  return (
    <section aria-labelledby="disclosure-heading">
      <h2 id="disclosure-heading">{text.disclosure}</h2>
      <p className="muted">{text.disclosureIntro(minGroupSize, target)}</p>
      {anyHidden && <p className="notice">{text.disclosureAdvice}</p>}
      <TableScroll label={text.disclosure}>
        <table>
          <thead>
            <tr>
              <th scope="col">{text.department}</th>
              <th scope="col" className="num">
                {text.people}
              </th>
              <th scope="col" className="num">
                {text.expected(target)}
              </th>
              <th scope="col">{text.inReports}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.departmentId} data-disclosure={r.status}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.headcount}</td>
                <td className="num">{r.expected}</td>
                <td>
                  {r.status === 'shown' ? '✓ ' : '⚠ '}
                  {text.status[r.status]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
