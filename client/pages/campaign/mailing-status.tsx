import type { MailingStatus } from '../../../server/http/api-types';
import { FormError } from '../../components/form-error';
import { useText, useUiLanguage } from '../../components/ui-language';
import { SENDING_TEXT } from './sending-text';

/** "Started …" in the reader's own time zone; the server gives the minute in UTC. */
function formatStart(startedAt: string, language: 'en' | 'zh-cn'): string {
  const at = new Date(startedAt);
  if (Number.isNaN(at.getTime())) return startedAt;
  return at.toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/**
 * The latest mailing: its progress while it runs, then what it achieved and every address it could not
 * reach. The live region is always in the page, so a screen reader hears each change, not just the first.
 */
export function MailingStatusView({
  mailing,
  pollError,
}: {
  mailing: MailingStatus | null;
  /** The last failure to learn how the mailing is going; it goes on regardless. */
  pollError: unknown;
}) {
  const text = useText(SENDING_TEXT);
  const { language } = useUiLanguage();
  return (
    <>
      <div aria-live="polite" className="mailing-status">
        {mailing && !mailing.finished && <p>{text.progress(mailing.sent, mailing.total, mailing.failed)}</p>}
        {mailing?.finished && (
          <p>
            {text.finished[mailing.kind](mailing.sent, mailing.total)}{' '}
            <span className="muted">{text.startedAt(formatStart(mailing.startedAt, language))}</span>
          </p>
        )}
      </div>
      <FormError error={pollError} />
      {mailing?.finished && mailing.failures.length > 0 && (
        <>
          <p className="error">{text.failures(mailing.failures.length)}</p>
          <ul className="list mailing-failures">
            {mailing.failures.map((f, index) => (
              <li key={`${f.email}-${index}`}>{text.failure(f.email, f.error)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
