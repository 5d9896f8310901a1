import { Chart, Filler, Legend, LineElement, PointElement, RadialLinearScale, Tooltip } from 'chart.js';
import { Radar } from 'react-chartjs-2';
import type { RadarData } from './to-radar-data';

Chart.register(RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

const COLOURS = ['#1f5f4a', '#c0562a', '#3a6ea5', '#8a6d1d', '#7b3f8c', '#2f8f83', '#a33b5b', '#5b6770'];

export function ReadinessRadar({ data, label }: { data: RadarData; label: string }) {
  return (
    <div className="chart-box">
      <Radar
        aria-label={label}
        role="img"
        data={{
          labels: data.labels,
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
          scales: {
            r: {
              min: 0,
              max: 100,
              ticks: { stepSize: 25, backdropColor: 'transparent' },
              pointLabels: { font: { size: 13 } },
            },
          },
          plugins: { legend: { position: 'bottom' } },
        }}
      />
    </div>
  );
}
