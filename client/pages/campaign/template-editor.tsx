import { useId, useState, type FormEvent } from 'react';
import type { Campaign, EmailTemplate, MailKind } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES } from '../../../shared/languages';
import type { Placeholder } from '../../../server/domain/campaigns/email-template';
import { api, ApiError } from '../../api/client';
import { errorText } from '../../components/error-text';
import { FormError } from '../../components/form-error';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { SENDING_TEXT } from './sending-text';
import { templateFieldErrors } from './template-field-errors';

const KINDS: readonly MailKind[] = ['invitation', 'reminder'];

function sameTemplate(a: EmailTemplate, b: EmailTemplate): boolean {
  return LANGUAGES.every((l) => a[l].subject === b[l].subject && a[l].body === b[l].body);
}

/** The invitation and reminder texts, in every language, with the placeholders they may use. */
export function TemplateEditor({
  campaign,
  disabled,
  onSaved,
}: {
  campaign: Campaign;
  disabled: boolean;
  onSaved: () => void;
}) {
  const text = useText(SENDING_TEXT);
  const placeholders = Object.keys(text.placeholderHelp) as Placeholder[];
  return (
    <details className="template-editor">
      <summary>{text.editTexts}</summary>
      {disabled && <p className="notice">{text.editClosed}</p>}
      <p className="muted">{text.editHelp}</p>
      <h3>{text.placeholders}</h3>
      <ul className="list">
        {placeholders.map((p) => (
          <li key={p}>
            <code>{`{{${p}}}`}</code>: {text.placeholderHelp[p]}
          </li>
        ))}
      </ul>
      <p>{text.optionalSections}</p>
      {KINDS.map((kind) => (
        <TemplateForm
          key={kind}
          campaignId={campaign.id}
          kind={kind}
          template={campaign.emailTemplates[kind]}
          disabled={disabled}
          onSaved={onSaved}
        />
      ))}
    </details>
  );
}

function TemplateForm({
  campaignId,
  kind,
  template,
  disabled,
  onSaved,
}: {
  campaignId: string;
  kind: MailKind;
  template: EmailTemplate;
  disabled: boolean;
  onSaved: () => void;
}) {
  const text = useText(SENDING_TEXT);
  const { language: uiLanguage } = useUiLanguage();
  const id = useId();
  const [base, setBase] = useState(template);
  const [draft, setDraft] = useState(template);
  const saving = useAction();
  // The complaints stay beside their fields until the next save, through edits that may fix them.
  const fieldErrors = templateFieldErrors(
    saving.error instanceof ApiError ? (saving.error.problem.errors ?? []) : [],
    kind,
  );

  // Saving either text reloads the campaign. Take the server's copy, unless this form holds edits of its
  // own, which saving the other text must not wipe out.
  if (!sameTemplate(template, base)) {
    setBase(template);
    if (sameTemplate(draft, base)) setDraft(template);
  }
  const isDirty = !sameTemplate(draft, base);
  const saved = saving.succeeded !== null && !isDirty;

  function edit(language: Language, part: 'subject' | 'body', value: string) {
    setDraft((d) => ({ ...d, [language]: { ...d[language], [part]: value } }));
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void saving.run(async () => {
      await api.changeCampaign(campaignId, { emailTemplates: { [kind]: draft } });
      setBase(draft);
      onSaved();
    });
  }

  /**
   * The server's complaints about one field, under it and read as part of its description, in the page's
   * language (the server's English for a complaint this page has no words for).
   */
  const problems = (key: string, label: string) => {
    const messages = (fieldErrors.get(key) ?? []).map((p) => errorText(p, uiLanguage));
    if (messages.length === 0) return null;
    return (
      <ul id={`${id}-${key}`} className="field-errors error">
        {messages.map((m, index) => (
          <li key={`${index}-${m}`}>{text.fieldError(label, m)}</li>
        ))}
      </ul>
    );
  };
  const describedBy = (key: string) => (fieldErrors.has(key) ? `${id}-${key}` : undefined);

  return (
    <form className="template-form" onSubmit={save}>
      <fieldset disabled={disabled}>
        <legend>{text.kinds[kind]}</legend>
        {/* The server checks every language's text whichever languages the campaign runs in: all are edited. */}
        {LANGUAGES.map((language) => (
          <fieldset key={language}>
            <legend lang={LANGUAGE_TAGS[language]}>{LANGUAGE_NAMES[language]}</legend>
            {problems(language, LANGUAGE_NAMES[language])}
            <label>
              {text.subject}
              <input
                className="wide-text"
                lang={LANGUAGE_TAGS[language]}
                value={draft[language].subject}
                aria-invalid={describedBy(`${language}.subject`) ? true : undefined}
                aria-describedby={describedBy(`${language}.subject`)}
                onChange={(e) => edit(language, 'subject', e.target.value)}
              />
            </label>
            {problems(`${language}.subject`, text.subject)}
            <label>
              {text.body}
              <textarea
                className="wide-text"
                lang={LANGUAGE_TAGS[language]}
                rows={12}
                value={draft[language].body}
                aria-invalid={describedBy(`${language}.body`) ? true : undefined}
                aria-describedby={describedBy(`${language}.body`)}
                onChange={(e) => edit(language, 'body', e.target.value)}
              />
            </label>
            {problems(`${language}.body`, text.body)}
          </fieldset>
        ))}
        <div className="actions">
          <button type="submit" disabled={saving.busy || !isDirty}>
            {saving.busy ? text.saving : text.save[kind]}
          </button>
          <span role="status">{saved ? text.saved : isDirty ? text.unsaved : ''}</span>
        </div>
        {/* With complaints beside the fields, the form says only that; else the failure as it is. */}
        <FormError error={fieldErrors.size > 0 ? text.fixFields : saving.error} />
      </fieldset>
    </form>
  );
}
