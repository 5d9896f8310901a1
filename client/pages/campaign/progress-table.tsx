import type { ResponseProgress } from '../../../server/http/api-types';
import { formatPercent } from '../../components/format';

export function ProgressTable({ progress }: { progress: ResponseProgress }) {
  const fewer = `fewer than ${progress.minGroupSize}`;
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Responses</h2>
      <p>
        <strong data-testid="total-responses">{progress.responses}</strong> responses from{' '}
        {progress.headcount} people ({formatPercent(progress.responseRate)}).
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col" className="num">
              Headcount
            </th>
            <th scope="col" className="num">
              Responses
            </th>
            <th scope="col" className="num">
              Response rate
            </th>
          </tr>
        </thead>
        <tbody>
          {progress.departments.map((d) => (
            <tr key={d.departmentId}>
              <td>{d.name}</td>
              <td className="num">{d.headcount}</td>
              <td className="num">{d.responses ?? fewer}</td>
              <td className="num">{d.responses === null ? '—' : formatPercent(d.responseRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Counts below the minimum group size are not shown, and neither is the next-smallest department when
        showing it would let someone work the hidden count out by subtraction.
      </p>
    </section>
  );
}
