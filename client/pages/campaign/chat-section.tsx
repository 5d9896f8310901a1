import { useEffect } from 'react';
import type { CampaignDetail } from '../../../server/http/api-types';
import { chatPlatformName } from '../../components/chat-platform-text';
import { FormError } from '../../components/form-error';
import { TableScroll } from '../../components/table-scroll';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import type { ChatChannelView } from './chat-types';
import { ChatChannelForm } from './chat-channel-form';
import { ChatResults } from './chat-results';
import { CHAT_TEXT } from './chat-text';
import { ReminderPlanSection } from './reminder-plan';
import { useChat } from './use-chat';
import './chat-section.css';

type PostKind = 'announcement' | 'reminder' | 'closing';
const POST_KINDS: readonly PostKind[] = ['announcement', 'reminder', 'closing'];

/**
 * The campaign's workplace-chat channels: each a group robot or incoming webhook posting into one
 * department's group (or the whole campaign's), with a test message to check it, and the announcement,
 * reminders and closing notice posted to all of them, each channel's result shown. Webhook addresses and
 * secrets go to the server once and are never shown again: the list shows only a hint of each address.
 */
export function ChatSection({
  detail,
  onChannels,
}: {
  detail: CampaignDetail;
  /** Told how many channels there are whenever that is known anew. */
  onChannels?: (count: number) => void;
}) {
  const text = useText(CHAT_TEXT);
  const { language } = useUiLanguage();
  const { campaign, organization, phase, distribution } = detail;
  const chat = useChat(campaign.id);
  const change = useAction<'test' | 'remove' | PostKind>();
  const departments = organization.departments.filter((d) => campaign.departmentIds.includes(d.id));
  const departmentName = (id: string | null) =>
    id === null ? text.wholeCampaign : (departments.find((d) => d.id === id)?.name ?? text.unknownDepartment);
  const overview = chat.overview.state === 'ready' ? chat.overview.data : null;
  const channels = overview?.channels ?? [];
  const known = overview === null ? undefined : channels.length;
  useEffect(() => {
    if (known !== undefined) onChannels?.(known);
  }, [known, onChannels]);
  const busy = change.busy || chat.isPosting;
  const running = phase === 'open' || phase === 'scheduled';
  const mayPost = (kind: PostKind) => (kind === 'closing' ? phase === 'closed' : running);

  function post(kind: PostKind) {
    if (!window.confirm(text.confirmPost(text.postButton[kind], channels.length))) return;
    void change.run(() => chat.post(kind), kind);
  }

  function remove(channel: ChatChannelView) {
    if (!window.confirm(text.confirmRemove(channel.label))) return;
    void change.run(() => chat.remove(channel.id), 'remove');
  }

  return (
    <section aria-labelledby="chat-heading" className="chat-section">
      <h2 id="chat-heading">{text.heading}</h2>
      <p className="muted">{text.intro}</p>
      {chat.overview.state === 'loading' && <p>{text.loading}</p>}
      {chat.overview.state === 'failed' && <FormError error={chat.overview.error} />}
      {overview && !overview.available && <p className="notice">{text.unavailable}</p>}
      {overview && channels.length === 0 && <p>{text.empty}</p>}
      {channels.length > 0 && (
        <TableScroll label={text.channels}>
          <table className="chat-channels">
            <caption className="visually-hidden">{text.channels}</caption>
            <thead>
              <tr>
                <th scope="col">{text.name}</th>
                <th scope="col">{text.platform}</th>
                <th scope="col">{text.department}</th>
                <th scope="col">{text.answers}</th>
                <th scope="col">{text.address}</th>
                <th scope="col">{text.signed}</th>
                <th scope="col">{text.addedOn}</th>
                <th scope="col">
                  <span className="visually-hidden">{text.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c.id} data-channel={c.label}>
                  <th scope="row">{c.label}</th>
                  <td>{chatPlatformName(c.platform, language)}</td>
                  <td>{departmentName(c.departmentId)}</td>
                  <td>{text.invite[c.invite]}</td>
                  <td className="chat-hint">{c.hint}</td>
                  <td>{c.signed ? text.yes : text.no}</td>
                  <td className="chat-added-on">{c.addedOn}</td>
                  <td>
                    <div className="chat-channel-actions">
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy}
                        onClick={() => void change.run(() => chat.test(c.id), 'test')}
                      >
                        {text.sendTest}
                        <span className="visually-hidden">{text.forChannel(c.label)}</span>
                      </button>
                      <button type="button" className="link" disabled={busy} onClick={() => remove(c)}>
                        {text.remove}
                        <span className="visually-hidden">{text.forChannel(c.label)}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {channels.length > 0 && (
        <>
          <h3>{text.posts}</h3>
          <p className="muted">{text.postsHelp}</p>
          {!running && phase !== 'closed' && <p className="notice">{text.notOpen}</p>}
          <div className="actions">
            {POST_KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className={kind === 'closing' ? 'secondary' : undefined}
                disabled={busy || !mayPost(kind)}
                onClick={() => post(kind)}
              >
                {text.postButton[kind]}
              </button>
            ))}
          </div>
        </>
      )}
      <FormError error={change.error} />
      <ChatResults post={chat.latest} pollError={chat.pollError} />
      {overview?.available && (
        <ChatChannelForm platforms={overview.platforms} departments={departments} onAdd={chat.add} />
      )}
      {
        // Without a mail server the sending section shows no reminder plan; chat reminders are planned here.
        !distribution.emailConfigured && channels.length > 0 && (
          <ReminderPlanSection
            detail={detail}
            refreshKey={`${chat.latest?.id ?? ''}:${chat.latest?.state ?? ''}`}
            chatChannels={channels.length}
          />
        )
      }
    </section>
  );
}
