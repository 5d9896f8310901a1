import { useId, useState, type FormEvent } from 'react';
import { chatPlatformName } from '../../components/chat-platform-text';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import type { ChatChannelView, ChatInvite, ChatPlatformView, NewChatChannel } from './chat-types';
import { CHAT_TEXT } from './chat-text';

/** The label's length the server takes (MAX_LABEL_LENGTH in the chat record). */
const MAX_LABEL = 80;

/**
 * Adds a channel: where it posts, how its people answer, and the webhook address with its signing secret
 * where the platform has one. The address and secret are cleared from the form as soon as the server has
 * them, so nothing of them stays in the page.
 */
export function ChatChannelForm({
  platforms,
  departments,
  onAdd,
}: {
  platforms: readonly ChatPlatformView[];
  departments: readonly { id: string; name: string }[];
  onAdd: (body: NewChatChannel) => Promise<ChatChannelView>;
}) {
  const text = useText(CHAT_TEXT);
  const { language } = useUiLanguage();
  const helpId = useId();
  const [platformId, setPlatformId] = useState(platforms[0]?.id ?? 'feishu');
  const [label, setLabel] = useState('');
  // '' is the whole campaign: a select's value is a string.
  const [departmentId, setDepartmentId] = useState('');
  const [invite, setInvite] = useState<ChatInvite>('link');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const adding = useAction();
  const platform = platforms.find((p) => p.id === platformId);
  const takesSecret = platform?.secret === 'optional';

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const body: NewChatChannel = {
      platform: platformId,
      label: label.trim(),
      departmentId: departmentId === '' ? null : departmentId,
      invite,
      webhookUrl: webhookUrl.trim(),
      ...(takesSecret && secret.trim() !== '' ? { secret: secret.trim() } : {}),
    };
    void adding.run(async () => {
      const channel = await onAdd(body);
      // Only the server keeps them from here on.
      setWebhookUrl('');
      setSecret('');
      setLabel('');
      setAdded(channel.label);
    });
  }

  return (
    <form onSubmit={submit} className="chat-channel-form" autoComplete="off">
      <h3>{text.addHeading}</h3>
      <label>
        {text.platform}
        <select
          value={platformId}
          aria-describedby={helpId}
          onChange={(e) => {
            setPlatformId(e.target.value as ChatPlatformView['id']);
            setSecret('');
          }}
        >
          {platforms.map((p) => (
            <option key={p.id} value={p.id}>
              {chatPlatformName(p.id, language)}
            </option>
          ))}
        </select>
      </label>
      <p id={helpId} className="muted chat-platform-help">
        {text.platformHelp[platformId]}
      </p>
      <TextField
        label={text.label}
        required
        maxLength={MAX_LABEL}
        value={label}
        onChange={setLabel}
        hint={text.labelHint}
      />
      <label>
        {text.postsInto}
        <select value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
          <option value="">{text.wholeCampaign}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="checkboxes">
        <legend>{text.answerHow}</legend>
        <label>
          <input
            type="radio"
            name={`${helpId}-invite`}
            checked={invite === 'link'}
            onChange={() => setInvite('link')}
          />
          {text.answerLink}
        </label>
        <label>
          <input
            type="radio"
            name={`${helpId}-invite`}
            checked={invite === 'access-code'}
            onChange={() => setInvite('access-code')}
          />
          {text.answerCode}
        </label>
      </fieldset>
      <TextField
        label={text.webhook}
        required
        autoComplete="off"
        value={webhookUrl}
        onChange={setWebhookUrl}
        hint={text.webhookHint}
      />
      {takesSecret && (
        <TextField
          label={text.secret}
          type="password"
          autoComplete="off"
          value={secret}
          onChange={setSecret}
          hint={text.secretHint}
        />
      )}
      <div className="actions">
        <button type="submit" disabled={adding.busy}>
          {adding.busy ? text.adding : text.add}
        </button>
      </div>
      <div role="status">{added && <p>{text.added(added)}</p>}</div>
      <FormError error={adding.error} />
    </form>
  );
}
