import { useId, useState } from 'react';
import { api } from '../../api/client';
import { ResourceView } from '../../components/resource-view';
import { TableScroll } from '../../components/table-scroll';
import { useResource } from '../../components/use-resource';
import { PAIRWISE_TEXT } from './pairwise-text';
import { makeReportLabels } from './report-labels';
import type { SectionProps } from './report-types';
import { toPairwiseLines } from './to-pairwise-rows';

/**
 * Two units of the report side by side, dimension by dimension and scale by scale, compared on the server
 * (GET …/compare) from the same report this page shows: only units it shows can be picked.
 */
export function PairwiseSection({ report, language }: SectionProps) {
  const words = PAIRWISE_TEXT[language];
  const id = useId();
  const shown = report.departments.filter((d) => !d.hidden && d.summary !== null);
  const [a, setA] = useState(shown[0]?.departmentId ?? '');
  const [b, setB] = useState(shown[1]?.departmentId ?? '');
  const ready = shown.length >= 2 && a !== b;
  const [pair] = useResource(
    () => (ready ? api.compareUnits(report.campaignId, a, b) : Promise.resolve(null)),
    `${report.campaignId}|${a}|${b}`,
  );
  if (shown.length < 2) {
    return (
      <section aria-labelledby={`${id}-heading`} data-testid="pairwise">
        <h2 id={`${id}-heading`}>{words.heading}</h2>
        <p className="muted">{words.needTwo}</p>
      </section>
    );
  }
  const labels = makeReportLabels(report, language);
  const dimensionOf = new Map(report.dimensions.flatMap((d) => d.scales.map((s) => [s.id, d.id as string])));
  const picker = (label: string, value: string, onChange: (v: string) => void, name: string) => (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {shown.map((d) => (
          <option key={d.departmentId} value={d.departmentId}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby={`${id}-heading`} data-testid="pairwise">
      <h2 id={`${id}-heading`}>{words.heading}</h2>
      <p className="muted">{words.intro}</p>
      <div className="pairwise-pickers no-print">
        {picker(words.first, a, setA, 'pairwise-a')}
        {picker(words.second, b, setB, 'pairwise-b')}
      </div>
      {a === b ? (
        <p className="muted" role="status">
          {words.sameUnit}
        </p>
      ) : (
        <ResourceView resource={pair} language={language}>
          {(data) => {
            // A stale answer for another pair is never shown under the names now picked.
            if (data === null || data.a.departmentId !== a || data.b.departmentId !== b) return null;
            const lines = toPairwiseLines(data, dimensionOf, report.minGroupSize, labels, words);
            const caption = words.tableLabel(data.a.name, data.b.name);
            return (
              <>
                <TableScroll label={caption}>
                  <table className="pairwise" aria-label={caption} data-testid="pairwise-table">
                    <thead>
                      <tr>
                        <th scope="col">{words.measure}</th>
                        <th scope="col" className="num">
                          {words.scoreOf(data.a.name)}
                        </th>
                        <th scope="col" className="num">
                          {words.scoreOf(data.b.name)}
                        </th>
                        <th scope="col" className="num">
                          {words.difference(data.a.name, data.b.name)}
                        </th>
                        <th scope="col">{words.effect}</th>
                        <th scope="col">{words.verdict}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {lines.map((line) => (
                        <tr
                          key={line.key}
                          data-row={line.key}
                          className={line.isScale ? 'pairwise-scale' : undefined}
                        >
                          <th scope="row">{line.label}</th>
                          <td className="num">{line.a}</td>
                          <td className="num">{line.b}</td>
                          {line.figures ? (
                            <>
                              <td className="num">{line.figures.difference}</td>
                              <td>{line.figures.effect}</td>
                              <td
                                className={line.figures.credible ? 'pairwise-credible' : 'muted'}
                                data-credible={line.figures.credible ? 'true' : 'false'}
                              >
                                {line.figures.verdict}
                              </td>
                            </>
                          ) : (
                            <td colSpan={3} className="muted">
                              {line.reason}
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
                <p className="muted">{words.legend}</p>
              </>
            );
          }}
        </ResourceView>
      )}
    </section>
  );
}
