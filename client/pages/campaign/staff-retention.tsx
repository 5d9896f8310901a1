import { useState, type FormEvent } from 'react';
import type { CampaignDetail, StaffRetention } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { STAFF_TEXT } from './staff-text';

/**
 * When the staff list's names, addresses and links are (or were) erased, the days kept after closing, and
 * "erase now" once the campaign is closed, confirmed by typing its name since nothing brings a list back.
 */
export function StaffRetentionPanel({
  detail,
  retention,
  onChanged,
}: {
  detail: CampaignDetail;
  retention: StaffRetention;
  onChanged: () => void;
}) {
  const text = useText(STAFF_TEXT);
  const campaignId = detail.campaign.id;
  const [days, setDays] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [confirming, setConfirming] = useState(false);
  const saving = useAction();
  const erasing = useAction();

  function save(event: FormEvent) {
    event.preventDefault();
    if (days === null) return;
    void saving.run(async () => {
      await api.setStaffRetention(campaignId, Number(days));
      setDays(null);
      onChanged();
    });
  }

  function erase(event: FormEvent) {
    event.preventDefault();
    void erasing.run(async () => {
      await api.eraseStaff(campaignId, typed);
      setConfirming(false);
      setTyped('');
      onChanged();
    });
  }

  if (retention.state === 'erased') {
    return (
      <div className="notice" data-testid="staff-retention">
        <p>{text.erasedOn(retention.erasedOn!)}</p>
        <p>{text.countsKept}</p>
        {erasing.succeeded && <p role="status">{text.erased}</p>}
      </div>
    );
  }
  return (
    <div data-testid="staff-retention">
      <h3>{text.retention}</h3>
      <p>
        {retention.state === 'scheduled'
          ? text.erasesOn(retention.erasesOn!, retention.days, retention.closedOn!)
          : text.keptUntilClosed(retention.days)}
      </p>
      <p className="muted">{text.countsKept}</p>
      <form onSubmit={save} className="settings-form">
        <div className="row">
          <TextField
            label={text.retentionDays}
            type="number"
            min={0}
            max={3650}
            required
            value={days ?? String(retention.days)}
            onChange={(value) => {
              setDays(value);
              saving.reset();
            }}
            hint={text.retentionHint}
          />
        </div>
        <div className="actions">
          <button type="submit" className="secondary" disabled={saving.busy || days === null}>
            {text.saveRetention}
          </button>
          {saving.succeeded && <span role="status">{text.retentionSaved}</span>}
        </div>
        <FormError error={saving.error} />
      </form>
      {retention.state === 'scheduled' &&
        (confirming ? (
          <form onSubmit={erase}>
            <fieldset>
              <legend>{text.eraseLegend}</legend>
              <p>{text.eraseWarning(detail.campaign.name)}</p>
              <div className="row">
                <TextField label={text.eraseConfirm} value={typed} onChange={setTyped} required />
              </div>
              <div className="actions">
                <button type="submit" disabled={erasing.busy || typed.trim() === ''}>
                  {erasing.busy ? text.erasing : text.erase}
                </button>
              </div>
              <FormError error={erasing.error} />
            </fieldset>
          </form>
        ) : (
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              {text.eraseNow}
            </button>
          </div>
        ))}
    </div>
  );
}
