import { errorText } from '../../components/error-text';
import { useUiLanguage } from '../../components/ui-language';
import { STAFF_TEXT } from './staff-text';
import type { StaffPreviewSummary } from './summarize-staff-preview';
import { ScrollBox } from '../../components/scroll-box';
import { TableScroll } from '../../components/table-scroll';

/** The outcome of checking a staff list: who would be added where, what is skipped, what must be fixed. */
export function StaffPreview({ summary }: { summary: StaffPreviewSummary }) {
  const { language } = useUiLanguage();
  const text = STAFF_TEXT[language];
  return (
    <div className="staff-preview">
      <h3 id="staff-preview-heading">{text.preview}</h3>
      <TableScroll label={text.preview}>
        <table aria-labelledby="staff-preview-heading">
          <thead>
            <tr>
              <th scope="col">{text.department}</th>
              <th scope="col" className="num">
                {text.newPeople}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.departments.map((d) => (
              <tr key={d.departmentId}>
                <th scope="row">{d.name}</th>
                <td className="num">{d.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{text.total}</th>
              <td className="num">{summary.newPeople}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {summary.alreadyListed > 0 && <p>{text.alreadyListed(summary.alreadyListed)}</p>}
      {summary.unknownDepartments.length > 0 && (
        <p className="error">{text.unknownDepartments(summary.unknownDepartments)}</p>
      )}
      {summary.problems.length > 0 && (
        // A wrapper carries the alert, so the problems stay a list to a screen reader.
        <div role="alert" className="staff-problems">
          <p className="error">{text.problems(summary.problems.length)}</p>
          <ScrollBox label={text.problems(summary.problems.length)} className="staff-problem-list">
            <ul className="list">
              {summary.problems.map((p, index) => (
                <li key={`${p.line}-${index}`}>{text.problemLine(p.line, errorText(p, language))}</li>
              ))}
            </ul>
          </ScrollBox>
        </div>
      )}
      {summary.verdict === 'nothing-new' && <p className="notice">{text.nothingNew}</p>}
    </div>
  );
}
