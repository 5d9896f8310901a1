import type { Waves } from '../../../server/http/api-types';
import { TableScroll } from '../../components/table-scroll';
import { formatInterval, formatSigned } from './describe-waves';
import type { ReportLabels } from './report-labels';
import type { ReasonContext } from './wave-change-table';
import { WAVES_TEXT } from './waves-text';

type Pilot = NonNullable<Waves['pilot']>;
type Effect = Extract<NonNullable<Pilot['evaluation']>, { evaluated: true }>['dimensions'][number];

/**
 * Whether the pilot worked: per dimension the pilot's change against the others', the difference of the
 * two with its interval, the advice that follows and the reasons to read it with care; or why it was not
 * evaluated, or is not shown.
 */
export function PilotEvaluationCard({
  pilot,
  context,
  labels,
}: {
  pilot: Pilot;
  context: ReasonContext;
  labels: ReportLabels;
}) {
  const text = WAVES_TEXT[labels.language];
  const colon = labels.language === 'zh-cn' ? '：' : ': ';
  const evaluation = pilot.evaluation;
  const row = (name: string, e: Effect) => (
    <tr key={name}>
      <th scope="row">{name}</th>
      <td className="num">{formatSigned(e.pilotChange)}</td>
      <td className="num">{formatSigned(e.othersChange)}</td>
      <td className="num">
        {formatSigned(e.effect)} <span className="wave-interval">{formatInterval(e.low, e.high)}</span>
      </td>
    </tr>
  );
  return (
    <section
      className="pilot-evaluation"
      data-testid="pilot-evaluation"
      aria-labelledby="pilot-evaluation-heading"
    >
      <h3 id="pilot-evaluation-heading">{text.pilotHeading}</h3>
      {pilot.departments.length > 0 && <p>{text.pilotDepartments(pilot.departments)}</p>}
      {evaluation === null ? null : !evaluation.evaluated ? (
        <p>{text.notEvaluated[evaluation.reason](context.minimum, context.earlier, context.later)}</p>
      ) : (
        <>
          <p className="pilot-recommendation">
            <strong>{text.recommendationLead}</strong>
            {colon}
            {text.recommendation[evaluation.recommendation]}
          </p>
          <TableScroll label={text.pilotTable}>
            <table className="pilot-table" aria-label={text.pilotTable}>
              <thead>
                <tr>
                  <th scope="col">{text.measure}</th>
                  <th scope="col" className="num">
                    {text.pilotChange}
                  </th>
                  <th scope="col" className="num">
                    {text.othersChange}
                  </th>
                  <th scope="col" className="num">
                    {text.difference}
                  </th>
                </tr>
              </thead>
              <tbody>
                {evaluation.dimensions.map((e) => row(labels.dimension(e.dimension), e))}
                {evaluation.combined && row(text.combined, evaluation.combined)}
              </tbody>
            </table>
          </TableScroll>
          <p className="term-note">
            <dfn>{text.differenceInDifferences.name}</dfn>
            {colon}
            {text.differenceInDifferences.plain}
          </p>
          {evaluation.caveats.length > 0 && (
            <>
              <h4>{text.caveatsHeading}</h4>
              <ul className="pilot-caveats">
                {evaluation.caveats.map((c) => (
                  <li key={c}>{text.caveat[c]}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
