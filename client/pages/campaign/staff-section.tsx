import { useId, useRef, useState } from 'react';
import type { CampaignDetail } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useAction } from '../../components/use-action';
import { useResource } from '../../components/use-resource';
import { useText } from '../../components/ui-language';
import { decodeCsv } from './decode-csv';
import { StaffPreview } from './staff-preview';
import { StaffRetentionPanel } from './staff-retention';
import { StaffTable } from './staff-table';
import { STAFF_TEXT } from './staff-text';
import { summarizeStaffPreview, type StaffPreviewSummary } from './summarize-staff-preview';
import './campaign.css';

/**
 * The people a campaign invites: upload a list, check it, import it, and see who is on it. Checking saves
 * nothing; the import sends exactly the text that was checked, and the server takes all of it or none.
 * Below, how long the list is kept after closing; once erased, the section says so and lists nobody.
 */
export function StaffSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const text = useText(STAFF_TEXT);
  const campaignId = detail.campaign.id;
  const formatId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [csv, setCsv] = useState('');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ csv: string; summary: StaffPreviewSummary } | null>(null);
  const staff = useAction<'reading' | 'checking' | 'importing'>();
  const [added, setAdded] = useState<number | null>(null);
  // Read again with every new `detail` (closing the campaign schedules the erasure) and after a change here.
  const [retention, reloadRetention] = useResource(() => api.staffRetention(campaignId), detail);
  const erased = retention.state === 'ready' && retention.data.state === 'erased';

  function changeCsv(next: string) {
    setCsv(next);
    // A check describes the text it was made from; after an edit it no longer does.
    setChecked(null);
    setAdded(null);
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    setFileNote(null);
    let read: string | null = null;
    try {
      read = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    } catch {
      // Not text this page can decode: said in the page's own words, as nothing was sent.
      return staff.fail(text.fileUnreadable);
    }
    staff.reset();
    changeCsv(read);
    setFileNote(text.fileRead(file.name));
  }

  function check() {
    setAdded(null);
    void staff.run(async () => {
      setChecked({ csv, summary: summarizeStaffPreview(await api.previewStaff(campaignId, csv)) });
    }, 'checking');
  }

  function importChecked() {
    if (!checked) return;
    void staff.run(async () => {
      const result = await api.importStaff(campaignId, checked.csv);
      setAdded(result.added);
      setChecked(null);
      setCsv('');
      setFileNote(null);
      if (fileInput.current) fileInput.current.value = '';
      onChanged();
    }, 'importing');
  }

  return (
    <section aria-labelledby="staff-heading">
      <h2 id="staff-heading">{text.heading}</h2>
      {!erased && <p>{text.listed(detail.distribution.listed)}</p>}
      {detail.phase !== 'closed' && (
        <div className="staff-upload">
          <p id={formatId} className="muted">
            {text.format}
          </p>
          <label>
            {text.file}
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={formatId}
              onChange={(e) => readFile(e.target.files?.[0])}
            />
          </label>
          {fileNote && <p className="muted">{fileNote}</p>}
          <label>
            {text.paste}
            <textarea
              className="wide-text"
              rows={8}
              spellCheck={false}
              value={csv}
              aria-describedby={formatId}
              onChange={(e) => changeCsv(e.target.value)}
            />
          </label>
          <div className="actions">
            <button
              type="button"
              className={checked ? 'secondary' : undefined}
              disabled={staff.busy || csv.trim() === ''}
              onClick={check}
            >
              {staff.running === 'checking' ? text.checking : text.check}
            </button>
          </div>
          <FormError error={staff.error} />
          {added !== null && <p role="status">{text.imported(added)}</p>}
          {checked && (
            <>
              <StaffPreview summary={checked.summary} />
              <div className="actions">
                <button
                  type="button"
                  disabled={staff.busy || checked.summary.verdict !== 'ready'}
                  onClick={importChecked}
                >
                  {staff.running === 'importing' ? text.importing : text.import(checked.summary.newPeople)}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {!erased && <StaffTable detail={detail} onChanged={onChanged} />}
      {retention.state === 'ready' && (
        <StaffRetentionPanel
          detail={detail}
          retention={retention.data}
          onChanged={() => {
            reloadRetention();
            onChanged();
          }}
        />
      )}
    </section>
  );
}
