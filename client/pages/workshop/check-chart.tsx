import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { TableScroll } from '../../components/table-scroll';
import type { CheckShares } from '../../api/workshop-types';
import type { Language } from '../../../shared/languages';
import { CheckTable } from './check-table';
import { toCheckRows } from './to-check-rows';
import { WORKSHOP_TEXT } from './workshop-text';

Chart.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

const FIRST = '#9aa5ad';
const NOW = '#1f5f4a';

/** The share passing each check at the first draft and now: a small bar chart and the same figures as a table. */
export function CheckChart({
  checks,
  language,
  large = false,
}: {
  checks: readonly CheckShares[];
  language: Language;
  large?: boolean;
}) {
  const text = WORKSHOP_TEXT[language];
  const rows = toCheckRows(checks);
  // Read across a room on the projector; at a desk on the facilitator's screen.
  const fontSize = large ? 20 : 12;
  if (rows.length === 0) return <p className="muted">{text.noDrafts}</p>;
  const name = (check: string) => text.checkNames[check] ?? check;
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
  return (
    <>
      <div className={large ? 'chart-box check-chart check-chart-large' : 'chart-box check-chart'}>
        <Bar
          role="img"
          aria-label={text.checkChart}
          data={{
            labels: rows.map((r) => name(r.check)),
            datasets: [
              { label: text.firstDraft, data: rows.map((r) => percent(r.first)), backgroundColor: FIRST },
              { label: text.now, data: rows.map((r) => percent(r.now)), backgroundColor: NOW },
            ],
          }}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            animation: false,
            scales: {
              x: { min: 0, max: 100, ticks: { callback: (v) => `${v}%`, font: { size: fontSize } } },
              y: { ticks: { font: { size: fontSize } } },
            },
            plugins: { legend: { position: 'bottom', labels: { font: { size: fontSize } } } },
          }}
        />
      </div>
      <TableScroll label={text.checks}>
        <CheckTable rows={rows} language={language} />
      </TableScroll>
    </>
  );
}
