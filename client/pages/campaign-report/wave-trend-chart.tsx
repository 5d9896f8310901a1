import { CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { formatScore } from '../../components/format';
import type { Language } from '../../components/language-switch';
import { TableScroll } from '../../components/table-scroll';
import type { WaveTrendData } from './to-wave-trend-data';
import { WAVES_TEXT } from './waves-text';
import { wrapLabel } from './wrap-label';

Chart.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip, Legend);

/** Characters per line of a wave's label under the chart. */
const LABEL_WIDTH = 16;

// The radar's colours, in its order, so a dimension keeps its colour from one chart to the next.
const COLOURS = ['#1f5f4a', '#c0562a', '#3a6ea5', '#8a6d1d', '#7b3f8c', '#2f8f83', '#a33b5b', '#5b6770'];
const RED = '#b3261e';
const GREEN = '#2e7d32';

/**
 * One line per readiness dimension across the waves, with the report's barrier and healthy lines. A pilot
 * wave's scores stand as triangles of the same colour, unjoined: they are the chosen departments', and a
 * line through them would read as the organization moving. The table below holds the same figures.
 */
export function WaveTrendChart({
  data,
  thresholds,
  language,
}: {
  data: WaveTrendData;
  thresholds: { red: number; green: number };
  language: Language;
}) {
  const text = WAVES_TEXT[language];
  const flat = (value: number) => data.labels.map(() => value);
  const lines = data.series.map((s, i) => ({
    label: s.label,
    data: s.organization,
    borderColor: COLOURS[i % COLOURS.length]!,
    backgroundColor: COLOURS[i % COLOURS.length]!,
    borderWidth: 2.5,
    pointRadius: 3,
    spanGaps: true,
  }));
  const guides = [
    { label: text.redLine(thresholds.red), colour: RED, value: thresholds.red },
    { label: text.greenLine(thresholds.green), colour: GREEN, value: thresholds.green },
  ].map((g) => ({
    label: g.label,
    data: flat(g.value),
    borderColor: g.colour,
    backgroundColor: g.colour,
    borderWidth: 1,
    borderDash: [6, 4],
    pointRadius: 0,
  }));
  const pilots = data.hasPilot
    ? data.series.map((s, i) => ({
        label: text.pilotWave(s.label),
        data: s.pilot,
        borderColor: COLOURS[i % COLOURS.length]!,
        backgroundColor: COLOURS[i % COLOURS.length]!,
        showLine: false,
        pointStyle: 'triangle' as const,
        pointRadius: 6,
      }))
    : [];
  // The legend names each dimension and guide once; a pilot's triangles are explained under the chart.
  const named = lines.length + guides.length;
  return (
    <>
      <div className="chart-box wave-trend-chart">
        <Line
          aria-label={text.trendChart}
          role="img"
          data={{
            labels: data.labels.map((label) => wrapLabel(label, LABEL_WIDTH)),
            datasets: [...lines, ...guides, ...pilots],
          }}
          options={{
            maintainAspectRatio: false,
            animation: false,
            layout: { padding: 4 },
            scales: {
              y: { min: 0, max: 100, ticks: { stepSize: 25 } },
              x: { ticks: { font: (context) => ({ size: context.chart.width < 480 ? 10 : 12 }) } },
            },
            plugins: {
              legend: {
                position: 'bottom',
                labels: {
                  filter: (item) => (item.datasetIndex ?? 0) < named,
                  boxWidth: 14,
                  font: (context) => ({ size: context.chart.width < 480 ? 11 : 12 }),
                },
              },
            },
          }}
        />
      </div>
      {data.hasPilot && <p className="muted">{text.pilotPoints}</p>}
      <details className="wave-trend-table">
        <summary>{text.trendTable}</summary>
        <TableScroll label={text.trendTable}>
          <table aria-label={text.trendTable}>
            <thead>
              <tr>
                <th scope="col">{text.measure}</th>
                {data.labels.map((label, i) => (
                  <th scope="col" className="num" key={i}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.series.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.label}</th>
                  {data.labels.map((_, i) => (
                    <td className="num" key={i}>
                      {formatScore(s.organization[i] ?? s.pilot[i])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </>
  );
}
