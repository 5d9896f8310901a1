import { useId } from 'react';
import type { CampaignReport, PlacedBenchmark } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { formatScore } from '../../components/format';
import type { Language } from '../../components/language-switch';
import { TableScroll } from '../../components/table-scroll';
import { useResource } from '../../components/use-resource';
import { BENCHMARK_TEXT, type BenchmarkText } from './benchmark-text';

type Band = NonNullable<PlacedBenchmark['dimensions'][number]['band']>;
const BANDS: readonly Band[] = ['bottom-10', '10-25', '25-50', '50-75', '75-90', 'top-10'];

/**
 * The organization's readiness dimensions and their scales, each in a percentile band among other
 * organizations: this installation's pool and each benchmark file loaded. Nothing where the reader's report
 * withholds the organization's figures.
 */
export function BenchmarkSection({ report, language }: { report: CampaignReport; language: Language }) {
  const [benchmark] = useResource(() => api.campaignBenchmark(report.campaignId), report.campaignId);
  const text = BENCHMARK_TEXT[language];
  if (benchmark.state === 'loading') return null;
  if (benchmark.state === 'failed') return <p className="muted no-print">{text.loadFailed}</p>;
  const b = benchmark.data;
  return (
    <section
      className="benchmark-section"
      aria-labelledby="benchmark-heading"
      data-testid="benchmark-section"
    >
      <h2 id="benchmark-heading">{text.heading}</h2>
      <p>{text.intro}</p>
      {!b.shown ? (
        <p className="muted">{text.notShown}</p>
      ) : (
        <>
          {b.benchmarks.map((placed) => (
            <PlacedTable
              key={placed.benchmarkId ?? 'local'}
              placed={placed}
              report={report}
              language={language}
              text={text}
            />
          ))}
          <p className="benchmark-download no-print">
            <a
              href={`/api/campaigns/${encodeURIComponent(report.campaignId)}/benchmark.csv?lang=${language}`}
              download
            >
              {text.download}
            </a>{' '}
            <span className="muted">{text.downloadNote}</span>
          </p>
        </>
      )}
    </section>
  );
}

function PlacedTable({
  placed,
  report,
  language,
  text,
}: {
  placed: PlacedBenchmark;
  report: CampaignReport;
  language: Language;
  text: BenchmarkText;
}) {
  const headingId = useId();
  const caption =
    placed.source === 'local'
      ? placed.available
        ? text.local(placed.organizations ?? 0)
        : text.localTooFew
      : text.file(placed.createdOn ?? '', placed.organizations ?? 0);
  if (!placed.available) {
    return (
      <div className="benchmark-placed">
        <h3>{caption}</h3>
        <p className="muted" data-testid="benchmark-too-few">
          {text.tooFew(placed.needed ?? 0)}
        </p>
      </div>
    );
  }
  const byId = new Map([...placed.dimensions, ...placed.scales].map((f) => [f.id, f]));
  const rows = report.dimensions
    .filter((d) => byId.has(d.id))
    .flatMap((d) => [
      { id: d.id, title: d.title[language], scale: false },
      ...d.scales
        .filter((s) => byId.has(s.id))
        .map((s) => ({ id: s.id, title: s.title[language], scale: true })),
    ]);
  return (
    <div className="benchmark-placed">
      <h3 id={headingId}>{caption}</h3>
      <TableScroll label={caption}>
        <table className="benchmark-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{text.figure}</th>
              <th scope="col">{text.score}</th>
              <th scope="col">{text.band}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const figure = byId.get(row.id)!;
              return (
                <tr key={row.id} className={row.scale ? 'benchmark-scale' : undefined}>
                  <th scope="row">{row.title}</th>
                  <td>{formatScore(figure.score)}</td>
                  <td>
                    {figure.band === null ? (
                      <span className="muted">{text.noBand}</span>
                    ) : (
                      <BandStrip band={figure.band} text={text} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

/** Six cells from the lowest band to the highest, the organization's filled, and the band in words. */
function BandStrip({ band, text }: { band: Band; text: BenchmarkText }) {
  return (
    <span className="band-strip" data-band={band}>
      <span className="band-cells" aria-hidden="true">
        {BANDS.map((b) => (
          <span key={b} className={b === band ? 'band-cell band-cell-on' : 'band-cell'} />
        ))}
      </span>
      <span className="band-words">{text.bands[band]}</span>
    </span>
  );
}
