import type { CampaignDetail } from '../../../server/http/api-types';

type Row = CampaignDetail['disclosure'][number];

const STATUS: Record<Row['status'], string> = {
  hidden: 'Always hidden: fewer people than the minimum group size',
  'hidden-to-protect': 'Hidden to protect a smaller department (it could be worked out by subtraction)',
  'at-risk': 'At risk: shown only if more than 75% answer',
  shown: 'Shown at a 75% response rate',
};

/** Before opening: which departments the reports will hide, so small ones can be merged first. */
export function DisclosurePreview({ rows, minGroupSize }: { rows: Row[]; minGroupSize: number }) {
  const hidden = rows.filter((r) => r.status !== 'shown');
  return (
    <section aria-labelledby="disclosure-heading">
      <h2 id="disclosure-heading">Who the reports will show</h2>
      <p className="muted">
        Reports show no figure about a group of fewer than {minGroupSize} responses. Judged from headcounts
        and a 75% response rate, before anyone answers.
        {hidden.length > 0 &&
          ' Consider merging small departments into one reporting group before opening: their answers still count in the whole organization.'}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col" className="num">
                Headcount
              </th>
              <th scope="col" className="num">
                Expected at 75%
              </th>
              <th scope="col">In reports</th>
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
                  {STATUS[r.status]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
