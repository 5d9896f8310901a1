import { chatPlatformName } from '../../components/chat-platform-text';
import { FormError } from '../../components/form-error';
import { TableScroll } from '../../components/table-scroll';
import { useText, useUiLanguage } from '../../components/ui-language';
import type { ChatDeliveryState, ChatPostView } from './chat-types';
import { CHAT_TEXT } from './chat-text';
import { formatMoment } from './format-moment';

/** States a delivery ends in; the rest are still on their way. */
const SETTLED: readonly ChatDeliveryState[] = ['sent', 'failed', 'uncertain', 'not-sent'];

/**
 * The latest chat post: what it was, when it started, and each channel's result with the platform's own
 * reason for a failure. The summary line is a live region, so a screen reader hears the post progress.
 */
export function ChatResults({ post, pollError }: { post: ChatPostView | null; pollError: unknown }) {
  const text = useText(CHAT_TEXT);
  const { language } = useUiLanguage();
  if (!post) return <FormError error={pollError} />;
  const total = post.deliveries.length;
  const sent = post.deliveries.filter((d) => d.state === 'sent').length;
  const maybe = post.deliveries.filter((d) => d.state === 'uncertain').length;
  const done = post.deliveries.filter((d) => SETTLED.includes(d.state)).length;
  return (
    <section aria-labelledby="chat-latest-heading" className="chat-results">
      <h3 id="chat-latest-heading">{text.latest}</h3>
      <p className="muted">
        {text.startedAt(text.kind[post.kind], formatMoment(post.startedAt, language))}
        {post.planned && ` ${text.planned}`}
      </p>
      <div aria-live="polite">
        {post.state === 'sending' && <p>{text.progress(done, total)}</p>}
        {post.state === 'finished' && <p>{text.finished(sent, total)}</p>}
        {post.state === 'interrupted' && <p className="notice">{text.interrupted(sent, maybe, total)}</p>}
      </div>
      <FormError error={pollError} />
      <TableScroll label={text.results}>
        <table className="chat-deliveries">
          <caption className="visually-hidden">{text.results}</caption>
          <thead>
            <tr>
              <th scope="col">{text.channel}</th>
              <th scope="col">{text.platform}</th>
              <th scope="col">{text.state}</th>
              <th scope="col">{text.attempts}</th>
              <th scope="col">{text.error}</th>
            </tr>
          </thead>
          <tbody>
            {post.deliveries.map((d) => (
              <tr key={d.channelId} data-channel={d.label} data-state={d.state}>
                <th scope="row">{d.label}</th>
                <td>{chatPlatformName(d.platform, language)}</td>
                <td>
                  <span className={`badge chat-state-${d.state}`}>{text.states[d.state]}</span>
                </td>
                <td>{d.attempts}</td>
                <td className="chat-error">{d.error ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
