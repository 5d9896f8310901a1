import { BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';

// Only what a bar chart with a tooltip draws, so the start page's chunk stays small.
Chart.register(CategoryScale, LinearScale, BarElement, Tooltip);

/**
 * An organization's readiness scores (0–100) as small horizontal bars. The canvas is a picture only:
 * the card lists the same figures as text for a screen reader.
 */
export function PortfolioChart({ labels, scores }: { labels: string[]; scores: (number | null)[] }) {
  return (
    <div className="portfolio-chart" aria-hidden="true">
      <Bar
        data={{
          labels,
          datasets: [
            {
              data: scores.map((s) => (s === null ? null : Math.round(s))),
              backgroundColor: '#1f5f4a',
              borderRadius: 3,
              barThickness: 12,
            },
          ],
        }}
        options={{
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { min: 0, max: 100, ticks: { stepSize: 25 } },
            y: { ticks: { font: { size: 11 }, autoSkip: false } },
          },
          plugins: { legend: { display: false } },
        }}
      />
    </div>
  );
}
