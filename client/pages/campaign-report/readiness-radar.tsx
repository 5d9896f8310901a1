import { Chart, Filler, Legend, LineElement, PointElement, RadialLinearScale, Tooltip } from 'chart.js';
import { Radar } from 'react-chartjs-2';
import type { RadarData } from './to-radar-data';
import { wrapLabel } from './wrap-label';

Chart.register(RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

/** Characters per line of a dimension's name around the chart. */
const LABEL_WIDTH = 14;

const COLOURS = ['#1f5f4a', '#c0562a', '#3a6ea5', '#8a6d1d', '#7b3f8c', '#2f8f83', '#a33b5b', '#5b6770'];

export function ReadinessRadar({ data, label }: { data: RadarData; label: string }) {
  return (
    <div className="chart-box">
      <Radar
        aria-label={label}
        role="img"
        data={{
          // Broken into short lines, so the names fit around the chart on a phone.
          labels: data.labels.map((name) => wrapLabel(name, LABEL_WIDTH)),
          datasets: data.series.map((s, i) => {
            const colour = COLOURS[i % COLOURS.length]!;
            return {
              label: s.label,
              data: s.data,
              borderColor: colour,
              backgroundColor: i === 0 ? `${colour}33` : 'transparent',
              borderWidth: i === 0 ? 3 : 1.5,
              pointRadius: i === 0 ? 3 : 2,
              fill: i === 0,
            };
          }),
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          layout: { padding: 4 },
          scales: {
            r: {
              min: 0,
              max: 100,
              ticks: { stepSize: 25, backdropColor: 'transparent' },
              // Smaller on a phone, where the names would otherwise run past the canvas's edge.
              pointLabels: { font: (context) => ({ size: context.chart.width < 480 ? 11 : 13 }) },
            },
          },
          plugins: { legend: { position: 'bottom' } },
        }}
      />
    </div>
  );
}
