import type { MailingStatus } from '../../../server/http/api-types';
import { FormError } from '../../components/form-error';
import { ScrollBox } from '../../components/scroll-box';
import { useText, useUiLanguage } from '../../components/ui-language';
import { formatMoment } from './format-moment';
import { SENDING_TEXT } from './sending-text';

/** Those an interrupted mailing has not reached and would send to on resuming (some may have answered since). */
export function leftToSend(m: MailingStatus): number {
  return Math.max(0, m.total - m.sent - m.failed - m.uncertain - m.skipped);
}

/**
 * The latest mailing: its progress while it runs, then what it achieved and every address it could not
 * reach; one cut short by a restart says how far it got and offers to send the rest. The live region is
 * always in the page, so a screen reader hears each change, not just the first.
 */
export function MailingStatusView({
  mailing,
  pollError,
  resume,
}: {
  mailing: MailingStatus | null;
  /** The last failure to learn how the mailing is going; it goes on regardless. */
  pollError: unknown;
  /** Sends the rest of an interrupted mailing; null where it may not be resumed now. */
  resume: (() => void) | null;
}) {
  const text = useText(SENDING_TEXT);
  const { language } = useUiLanguage();
  const started = mailing && (
    <span className="muted">
      {text.startedAt(formatMoment(mailing.startedAt, language))}
      {mailing.planned && ` ${text.plannedMailing}`}
    </span>
  );
  return (
    <>
      <div aria-live="polite" className="mailing-status">
        {mailing?.state === 'sending' && <p>{text.progress(mailing.sent, mailing.total, mailing.failed)}</p>}
        {mailing?.state === 'finished' && (
          <p>
            {text.finished[mailing.kind](mailing.sent, mailing.total)} {started}
          </p>
        )}
        {mailing?.state === 'interrupted' && (
          <div className="notice mailing-interrupted">
            <p>
              {text.interrupted[mailing.kind](mailing.sent, mailing.total)} {started}
            </p>
            {mailing.uncertain > 0 && <p>{text.uncertain(mailing.uncertain)}</p>}
            {mailing.skipped > 0 && <p>{text.skipped(mailing.skipped)}</p>}
            {leftToSend(mailing) > 0 && <p>{text.leftToSend(leftToSend(mailing))}</p>}
          </div>
        )}
        {mailing?.state === 'finished' && mailing.skipped > 0 && <p>{text.skipped(mailing.skipped)}</p>}
        {mailing?.state === 'finished' && mailing.uncertain > 0 && <p>{text.uncertain(mailing.uncertain)}</p>}
      </div>
      {mailing?.state === 'interrupted' && resume && (
        <div className="actions">
          <button type="button" onClick={resume}>
            {text.resume}
          </button>
        </div>
      )}
      <FormError error={pollError} />
      {mailing?.finished && mailing.failures.length > 0 && (
        <>
          <p className="error">{text.failures(mailing.failures.length)}</p>
          <ScrollBox label={text.failures(mailing.failures.length)} className="mailing-failures">
            <ul className="list">
              {mailing.failures.map((f, index) => (
                <li key={`${f.email}-${index}`}>{text.failure(f.email, f.error)}</li>
              ))}
            </ul>
          </ScrollBox>
        </>
      )}
    </>
  );
}
