// The report for the board as a PDF: one link near the top of the report, in the language chosen beside it
// (the page's own until the reader picks another). A plain link, so the browser downloads the file with
// the session it already has; the server builds the PDF from the report as this reader may see it.

import { useState } from 'react';
import type { CampaignReport } from '../../../server/http/api-types';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, type Language } from '../../../shared/languages';
import { BOARD_PDF_TEXT } from './board-pdf-download-text';
import './board-pdf-download.css';

/** The query's name for each language: the server takes `zh` for Simplified Chinese. */
const QUERY: Record<Language, string> = { en: 'en', 'zh-cn': 'zh' };

export function BoardPdfDownload({ report, language }: { report: CampaignReport; language: Language }) {
  const [chosen, setChosen] = useState<Language | null>(null);
  const text = BOARD_PDF_TEXT[language];
  const pdfLanguage = chosen ?? language;
  // With no figure this reader may see, the server has nothing to print and refuses (409).
  const showable = report.overall !== null || report.departments.some((d) => !d.hidden);
  return (
    <section className="board-pdf no-print" aria-label={text.label} data-testid="board-pdf">
      {showable ? (
        <>
          <label>
            {text.language}
            <select value={pdfLanguage} onChange={(e) => setChosen(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={LANGUAGE_TAGS[l]}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <a
            className="button-link"
            href={`/api/campaigns/${report.campaignId}/report.pdf?lang=${QUERY[pdfLanguage]}`}
            download
          >
            {text.download}
          </a>
          <p className="muted">{text.note}</p>
        </>
      ) : (
        <p className="muted">{text.notYet(report.minGroupSize)}</p>
      )}
    </section>
  );
}
