import { useState } from 'react';
import type { CampaignDetail, MailKind } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { useAction } from '../../components/use-action';
import { useText } from '../../components/ui-language';
import { MailingStatusView } from './mailing-status';
import { ReminderPlanSection } from './reminder-plan';
import { saveDownload } from './save-download';
import { sendingAvailability } from './sending-availability';
import { SENDING_TEXT } from './sending-text';
import { TemplateEditor } from './template-editor';
import { useMailing } from './use-mailing';
import './campaign.css';

/**
 * Getting each person their personal link: emailed by Groundwork when a mail server is configured (now, or
 * as planned reminders that go out by themselves), or as a mail-merge file for HR's own mail tool either
 * way. Which of them answered is never shown.
 */
export function SendingSection({
  detail,
  onChanged,
  chatChannels,
}: {
  detail: CampaignDetail;
  onChanged: () => void;
  /** The campaign's chat channels, where the page knows them; the plan asks the server otherwise. */
  chatChannels?: number;
}) {
  const text = useText(SENDING_TEXT);
  const { campaign, phase, distribution } = detail;
  const { mailing, pollError, isRunning, start, resume } = useMailing(campaign.id, onChanged);
  const may = sendingAvailability(phase, distribution, isRunning, mailing?.state === 'interrupted');
  const sending = useAction<'sending' | 'downloading'>();
  const busy = sending.busy;
  const [downloaded, setDownloaded] = useState<string | null>(null);

  function send(kind: MailKind) {
    const question =
      kind === 'invitation' ? text.confirmInvitations(distribution.notYetSent) : text.confirmReminders;
    if (!window.confirm(question)) return;
    setDownloaded(null);
    void sending.run(() => start(kind), 'sending');
  }

  function sendTheRest() {
    if (!window.confirm(text.confirmResume)) return;
    setDownloaded(null);
    void sending.run(resume, 'sending');
  }

  function download(kind: MailKind) {
    setDownloaded(null);
    void sending.run(async () => {
      const file = await api.mailMerge(campaign.id, kind);
      saveDownload(file);
      setDownloaded(file.filename);
      // The server has counted these people as sent.
      onChanged();
    }, 'downloading');
  }

  const downloads = (
    <>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy || !may.invitation}
          onClick={() => download('invitation')}
        >
          {text.downloadInvitations}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy || !may.reminder}
          onClick={() => download('reminder')}
        >
          {text.downloadReminders}
        </button>
      </div>
      <p className="muted">{text.downloadHelp}</p>
    </>
  );

  return (
    <section aria-labelledby="sending-heading">
      <h2 id="sending-heading">{text.heading}</h2>
      {phase === 'draft' && <p className="notice">{text.draft}</p>}
      {phase === 'scheduled' && <p className="notice">{text.scheduled}</p>}
      {phase === 'closed' && <p className="notice">{text.closed}</p>}
      <p>{text.counts(distribution.listed, distribution.sent, distribution.notYetSent)}</p>
      {distribution.deliveryFailures > 0 && (
        <p className="error">{text.deliveryFailures(distribution.deliveryFailures)}</p>
      )}
      {may.shown &&
        (distribution.emailConfigured ? (
          <>
            <div className="actions">
              <button type="button" disabled={busy || !may.invitation} onClick={() => send('invitation')}>
                {text.sendInvitations(distribution.notYetSent)}
              </button>
              <button type="button" disabled={busy || !may.reminder} onClick={() => send('reminder')}>
                {text.sendReminders}
              </button>
            </div>
            <p className="own-tool">{text.ownTool}</p>
            {downloads}
          </>
        ) : (
          <>
            <p>{text.noMailServer}</p>
            {downloads}
          </>
        ))}
      <div role="status">
        {sending.running === 'downloading' && <p>{text.preparing}</p>}
        {downloaded && <p>{text.downloaded(downloaded)}</p>}
      </div>
      <FormError error={sending.error} />
      <MailingStatusView
        mailing={mailing}
        pollError={pollError}
        resume={may.resume && distribution.emailConfigured && !busy ? sendTheRest : null}
      />
      {distribution.emailConfigured && (
        <ReminderPlanSection
          detail={detail}
          refreshKey={`${mailing?.id ?? ''}:${mailing?.state ?? ''}`}
          chatChannels={chatChannels}
        />
      )}
      <TemplateEditor campaign={campaign} disabled={phase === 'closed'} onSaved={onChanged} />
    </section>
  );
}
