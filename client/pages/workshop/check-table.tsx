import { formatPercent } from '../../components/format';
import type { Language } from '../../../shared/languages';
import type { CheckRow } from './to-check-rows';
import { WORKSHOP_TEXT } from './workshop-text';

/** The share passing each check at the first draft and now, as a table: the chart's figures, and the printed summary's. */
export function CheckTable({ rows, language }: { rows: readonly CheckRow[]; language: Language }) {
  const text = WORKSHOP_TEXT[language];
  return (
    <table className="check-table">
      <thead>
        <tr>
          <th scope="col">{text.check}</th>
          <th scope="col" className="num">
            {text.firstDraft}
          </th>
          <th scope="col" className="num">
            {text.now}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.check} data-check={r.check}>
            <th scope="row">{text.checkNames[r.check] ?? r.check}</th>
            <td className="num">{formatPercent(r.first)}</td>
            <td className="num">{formatPercent(r.now)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
