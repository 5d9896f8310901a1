import type { Waves } from '../../../server/http/api-types';
import { TableScroll } from '../../components/table-scroll';
import { effectSize, formatInterval, formatSigned } from './describe-waves';
import { formatCoefficient } from './format-coefficient';
import type { ReportLabels } from './report-labels';
import { WAVES_TEXT } from './waves-text';

type Row = NonNullable<Waves['comparison']>['change']['rows'][number];

/** What a row's reason needs: the minimum group size and both waves' labels. */
export interface ReasonContext {
  minimum: number;
  earlier: string;
  later: string;
}

function ChangeRows({
  rows,
  name,
  context,
  labels,
}: {
  rows: Row[];
  name: (id: string) => string;
  context: ReasonContext;
  labels: ReportLabels;
}) {
  const text = WAVES_TEXT[labels.language];
  return rows.map(({ id, result }) => (
    <tr key={id} data-verdict={result.compared ? result.verdict : 'not-compared'}>
      <th scope="row">{name(id)}</th>
      {result.compared ? (
        <>
          <td className={`wave-verdict wave-${result.verdict}`}>{text.changeVerdict[result.verdict]}</td>
          <td className="num">{result.earlierMean.toFixed(1)}</td>
          <td className="num">{result.laterMean.toFixed(1)}</td>
          <td className="num">
            {formatSigned(result.diff)}{' '}
            <span className="wave-interval">{formatInterval(result.low, result.high)}</span>
          </td>
          <td>
            {text.effectSize[effectSize(result.g)]}{' '}
            <span className="muted wave-interval">(g {formatCoefficient(result.g)})</span>
          </td>
        </>
      ) : (
        <td colSpan={5} className="muted">
          {text.rowReason[result.reason](context.minimum, context.earlier, context.later)}
        </td>
      )}
    </tr>
  ));
}

function Head({ text }: { text: (typeof WAVES_TEXT)['en'] | (typeof WAVES_TEXT)['zh-cn'] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{text.measure}</th>
        <th scope="col">{text.verdictColumn}</th>
        <th scope="col" className="num">
          {text.before}
        </th>
        <th scope="col" className="num">
          {text.now}
        </th>
        <th scope="col" className="num">
          {text.change}
        </th>
        <th scope="col">{text.effect}</th>
      </tr>
    </thead>
  );
}

/**
 * One unit's change since the wave before, its verdict first so that a phone shows it without scrolling: a row per dimension, and its scales behind a disclosure, each
 * with both means, the change and its interval, the effect's size in words and the verdict after Holm.
 */
export function WaveChangeTable({
  unit,
  note,
  rows,
  context,
  labels,
}: {
  unit: string;
  note: string | null;
  rows: Row[];
  context: ReasonContext;
  labels: ReportLabels;
}) {
  const text = WAVES_TEXT[labels.language];
  const dimensions = rows.filter((r) => r.measure === 'dimension');
  const scales = rows.filter((r) => r.measure === 'scale');
  return (
    <div className="wave-unit" data-testid="wave-unit">
      <div className="keep-with-table">
        <h4>{unit}</h4>
        {note && <p className="muted">{note}</p>}
      </div>
      {dimensions.length > 0 && (
        <TableScroll label={text.tableLabel(unit)}>
          <table className="wave-change" aria-label={text.tableLabel(unit)}>
            <Head text={text} />
            <tbody>
              <ChangeRows rows={dimensions} name={labels.dimension} context={context} labels={labels} />
            </tbody>
          </table>
        </TableScroll>
      )}
      {scales.length > 0 && (
        <details className="wave-scales">
          <summary>{text.scales(unit)}</summary>
          <TableScroll label={text.scales(unit)}>
            <table className="wave-change" aria-label={text.scales(unit)}>
              <Head text={text} />
              <tbody>
                <ChangeRows rows={scales} name={labels.scale} context={context} labels={labels} />
              </tbody>
            </table>
          </TableScroll>
        </details>
      )}
    </div>
  );
}
