import type { Language } from '../../components/language-switch';
import { formatCheckResult, formatInterval, formatThreshold, type Check } from './format-check';
import type { ReportText } from './report-text';
import { TableScroll } from '../../components/table-scroll';

/** The evidence behind one gate: each measure with its value, interval, the level it must reach, and the result. */
export function GateChecks({
  checks,
  label,
  text,
  language,
}: {
  checks: Check[];
  /** Names the table's scroller for someone reaching it by keyboard on a narrow screen. */
  label: string;
  text: ReportText;
  language: Language;
}) {
  return (
    <TableScroll label={label}>
      <table className="checks">
        <thead>
          <tr>
            <th scope="col">{text.measure}</th>
            <th scope="col" className="num">
              {text.value}
            </th>
            <th scope="col" className="num">
              {text.interval}
            </th>
            <th scope="col" className="num">
              {text.threshold}
            </th>
            <th scope="col">{text.result}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr key={check.subject}>
              <th scope="row">{check.label[language]}</th>
              <td className="num">
                {check.withheld ? text.withheld : formatCheckResult(check, language, text)}
              </td>
              <td className="num">{check.withheld ? '' : formatInterval(check)}</td>
              <td className="num">{formatThreshold(check)}</td>
              <td>
                <span className={`status status-${check.status}`}>{text.status[check.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
