import { useState, type FormEvent } from 'react';
import type { CampaignDetail, PlannedReminder } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { useResource } from '../../components/use-resource';
import type { ReminderVia } from './chat-types';
import { formatMoment } from './format-moment';
import { reminderMoment } from './reminder-moment';
import { REMINDER_PLAN_TEXT, type ReminderPlanText } from './reminder-plan-text';

/** What the plan's line says a reminder is: when it is planned for. */
function plannedFor(r: PlannedReminder, text: ReminderPlanText, moment: (iso: string) => string): string {
  return r.afterDays !== null ? text.afterDays(r.afterDays) : text.onDay(moment(r.at ?? ''));
}

/** What a reminder's chat post came to, or '' when it had none. */
function chatLine(r: PlannedReminder, text: ReminderPlanText): string {
  const chat = r.chat;
  if (chat === null) return '';
  return chat.state === 'sending'
    ? text.chatSending
    : text.chatCounts(chat.sent, chat.failed, chat.uncertain);
}

/** What became of a reminder, or when it is due. */
function outcomeOf(r: PlannedReminder, text: ReminderPlanText, moment: (iso: string) => string): string {
  const when = moment(r.decidedAt ?? '');
  switch (r.state) {
    case 'planned':
      // A dated reminder's line already says when; one counted in days says when that comes to.
      if (r.afterDays === null) return text.toGo;
      return r.dueAt === null ? text.waitsForInvitations : text.dueAt(moment(r.dueAt));
    case 'superseded':
      return text.superseded(when);
    case 'nobody-waiting': {
      // Nobody was waiting for the email; a chat post of it may still have gone out.
      const chatCounts = chatLine(r, text);
      return chatCounts === ''
        ? text.nobodyWaiting(when)
        : `${text.nobodyWaiting(when)}${text.and}${chatCounts}`;
    }
    case 'sent': {
      const m = r.mailing;
      const counts =
        m === null
          ? ''
          : m.state === 'sending'
            ? text.mailingSending
            : m.state === 'interrupted'
              ? text.mailingInterrupted
              : text.mailingCounts(m.sent, m.total, m.failed);
      const chatCounts = chatLine(r, text);
      const all = [counts, chatCounts].filter((c) => c !== '').join(text.and);
      return all === '' ? text.sent(when) : text.sentWith(when, all);
    }
  }
}

/**
 * The campaign's planned reminders: what is planned and when each falls due, by email, in the chat
 * channels or both, the next one, what became of those gone out; while the campaign has not closed,
 * reminders can be added and those still to go removed. `refreshKey` changes when a mailing ends, so a
 * reminder that just went out shows as sent. `chatChannels` is how many chat channels the campaign has,
 * where the page knows it; otherwise the plan asks.
 */
export function ReminderPlanSection({
  detail,
  refreshKey,
  chatChannels,
}: {
  detail: CampaignDetail;
  refreshKey: string;
  chatChannels?: number;
}) {
  const text = useText(REMINDER_PLAN_TEXT);
  const { language } = useUiLanguage();
  const { campaign, phase } = detail;
  const [version, setVersion] = useState(0);
  const [plan] = useResource(() => api.reminderPlan(campaign.id), `${campaign.id}:${refreshKey}:${version}`);
  const [kind, setKind] = useState<'days' | 'date'>('days');
  const [days, setDays] = useState('3');
  const [day, setDay] = useState('');
  const change = useAction<'adding' | 'removing'>();
  const moment = (iso: string) => formatMoment(iso, language);
  const open = phase !== 'closed';
  const [chatInfo] = useResource(
    () => (chatChannels === undefined ? api.chat(campaign.id) : Promise.resolve(null)),
    `${campaign.id}:${refreshKey}:${version}:${chatChannels ?? ''}`,
  );
  const channelCount =
    chatChannels ?? (chatInfo.state === 'ready' && chatInfo.data ? chatInfo.data.channels.length : 0);
  // Each way is offered only where it can reach anyone: email with a mail server, chat with a channel.
  const offered: ReminderVia[] = [
    ...(detail.distribution.emailConfigured ? (['email'] as const) : []),
    ...(channelCount > 0 ? (['chat'] as const) : []),
  ];
  const [unticked, setUnticked] = useState<ReminderVia[]>([]);
  const via = offered.filter((v) => !unticked.includes(v));
  const tick = (way: ReminderVia, on: boolean) =>
    setUnticked((u) => (on ? u.filter((v) => v !== way) : [...u, way]));

  function add(event: FormEvent) {
    event.preventDefault();
    if (kind === 'date' && day === '') return change.fail(text.dateMissing);
    if (via.length === 0) return change.fail(text.viaMissing);
    const when = kind === 'days' ? { afterDays: Number(days) } : { at: reminderMoment(day) };
    // Without a chat channel email is the only way, and the server's default: nothing to say.
    const body = offered.includes('chat') ? { ...when, via } : when;
    void change.run(async () => {
      await api.planReminder(campaign.id, body);
      setVersion((v) => v + 1);
    }, 'adding');
  }

  function remove(id: string) {
    void change.run(async () => {
      await api.unplanReminder(campaign.id, id);
      setVersion((v) => v + 1);
    }, 'removing');
  }

  const reminders = plan.state === 'ready' ? plan.data.reminders : [];
  return (
    <section aria-labelledby="reminder-plan-heading">
      <h3 id="reminder-plan-heading">{text.heading}</h3>
      <p className="muted">{text.help}</p>
      {phase === 'draft' && <p className="notice">{text.draft}</p>}
      {!open && <p className="notice">{text.closed}</p>}
      {plan.state === 'failed' && <FormError error={plan.error} />}
      {plan.state === 'ready' && reminders.length === 0 && <p>{text.empty}</p>}
      {plan.state === 'ready' && plan.data.nextDueAt !== null && open && (
        <p>
          <strong>{text.next(moment(plan.data.nextDueAt))}</strong>
        </p>
      )}
      {reminders.length > 0 && (
        <ul className="list planned-reminders">
          {reminders.map((r) => (
            <li key={r.id} className={r.state === 'planned' ? undefined : 'muted'}>
              <span>{text.line(plannedFor(r, text, moment), outcomeOf(r, text, moment))}</span>{' '}
              {r.via.length > 0 && <span className="muted">{text.viaLine(r.via)}</span>}{' '}
              {r.state === 'planned' && open && (
                <button
                  type="button"
                  className="secondary"
                  disabled={change.busy}
                  aria-label={text.removeLabel(plannedFor(r, text, moment))}
                  onClick={() => remove(r.id)}
                >
                  {text.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <form onSubmit={add}>
          <fieldset className="checkboxes">
            <legend>{text.add}</legend>
            <label>
              <input
                type="radio"
                name="reminder-kind"
                checked={kind === 'days'}
                onChange={() => setKind('days')}
              />
              {text.kindDays}
            </label>
            <label>
              <input
                type="radio"
                name="reminder-kind"
                checked={kind === 'date'}
                onChange={() => setKind('date')}
              />
              {text.kindDate}
            </label>
          </fieldset>
          {offered.length > 1 && (
            <fieldset className="checkboxes">
              <legend>{text.viaLegend}</legend>
              {offered.map((way) => (
                <label key={way}>
                  <input
                    type="checkbox"
                    checked={via.includes(way)}
                    onChange={(e) => tick(way, e.target.checked)}
                  />
                  {text.via[way]}
                </label>
              ))}
            </fieldset>
          )}
          {offered.length === 1 && offered[0] === 'chat' && <p className="muted">{text.chatOnly}</p>}
          <div className="row">
            {kind === 'days' ? (
              <TextField
                label={text.daysLabel}
                type="number"
                inputMode="numeric"
                min={1}
                max={60}
                required
                value={days}
                onChange={setDays}
              />
            ) : (
              <TextField label={text.dateLabel} type="date" required value={day} onChange={setDay} />
            )}
          </div>
          <div className="actions">
            <button type="submit" disabled={change.busy}>
              {change.running === 'adding' ? text.adding : text.addButton}
            </button>
          </div>
        </form>
      )}
      <FormError error={change.error} />
    </section>
  );
}
