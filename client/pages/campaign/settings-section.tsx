import { useState, type FormEvent } from 'react';
import type { Campaign, CampaignDetail } from '../../../server/http/api-types';
import { joinList, LANGUAGE_NAMES, LANGUAGES } from '../../../shared/languages';
import { api, type OrganizationFacts } from '../../api/client';
import { FormError } from '../../components/form-error';
import { OrganizationFactsFields } from '../../components/organization-facts-fields';
import { OrganizationFactsList } from '../../components/organization-facts-list';
import { ORGANIZATION_FACTS_TEXT } from '../../components/organization-facts-text';
import { ResourceView } from '../../components/resource-view';
import { TextField } from '../../components/text-field';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { CampaignChangeRequest } from '../../../shared/request-schemas';
import { useFactDefinitions } from '../../components/use-fact-definitions';
import { useResource } from '../../components/use-resource';
import { CAMPAIGN_TEXT } from './campaign-text';
import { instantToDay } from './local-day';
import { settingsFormOf, toCampaignChange, toggleLanguage, type SettingsForm } from './settings-form';

/**
 * The campaign's rules. Everything is editable while it is a draft; once open only the last day to answer
 * can move (the server refuses the rest), so the form shows the fixed settings as plain text, and a date
 * that can no longer change is shown only when it was set (never as an "optional" field left empty). Once
 * closed nothing moves, and the section says so.
 */
export function SettingsSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const text = useText(CAMPAIGN_TEXT);
  const { language } = useUiLanguage();
  const { campaign, phase } = detail;
  const draft = phase === 'draft';
  // Only what the administrator changed is held here; every other field shows the campaign as stored, so
  // a reload (after this save, or after a staff import) shows the server's values without remounting.
  const [edits, setEdits] = useState<Partial<SettingsForm>>({});
  // The campaign as it was when the last save succeeded: once the page reloads it, it holds the edits.
  const [savedOver, setSavedOver] = useState<Campaign | null>(null);
  if (savedOver !== null && savedOver !== campaign) {
    setSavedOver(null);
    setEdits({});
  }
  const form: SettingsForm = { ...settingsFormOf(campaign), ...edits };
  const saving = useAction();
  const saved = saving.succeeded !== null;
  const edit =
    <K extends keyof SettingsForm>(field: K) =>
    (value: SettingsForm[K]) => {
      setEdits((e) => ({ ...e, [field]: value }));
      saving.reset();
    };
  const [questionnaires] = useResource(() => api.questionnaires(), 'questionnaires');
  // A campaign on an earlier questionnaire routes by its respondents' answers about the organization.
  const askedOfStaff =
    questionnaires.state === 'ready' &&
    questionnaires.data.find((q) => q.id === campaign.questionnaireId)?.current === false;

  function save(event: FormEvent) {
    event.preventDefault();
    const change = toCampaignChange(form, { draft, askedOfStaff });
    const problem = requestProblem(CampaignChangeRequest, change);
    if (problem) return saving.fail(problem);
    void saving.run(async () => {
      await api.changeCampaign(campaign.id, change);
      setSavedOver(campaign);
      onChanged();
    });
  }

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{text.settings}</h2>
      <form onSubmit={save} className="settings-form">
        {draft ? (
          <>
            <div className="row">
              <TextField
                label={text.minGroupSize}
                type="number"
                min={3}
                max={100}
                required
                value={form.minGroupSize}
                onChange={edit('minGroupSize')}
                hint={text.minGroupSizeHint}
              />
            </div>
            <div className="row">
              <TextField
                label={text.commentMinimum}
                type="number"
                min={3}
                max={1000}
                required
                value={form.commentMinimum}
                onChange={edit('commentMinimum')}
                hint={text.commentMinimumHint}
              />
            </div>
            <fieldset className="checkboxes">
              <legend>{text.languages}</legend>
              {LANGUAGES.map((l) => (
                <label key={l}>
                  <input
                    type="checkbox"
                    checked={form.languages.includes(l)}
                    onChange={() => edit('languages')(toggleLanguage(form.languages, l))}
                  />
                  {LANGUAGE_NAMES[l]}
                </label>
              ))}
            </fieldset>
            <div className="row">
              <TextField
                label={text.targetRate}
                type="number"
                min={10}
                max={100}
                required
                value={form.target}
                onChange={edit('target')}
              />
            </div>
            <div className="row">
              <TextField label={text.opensOn} type="date" value={form.opensOn} onChange={edit('opensOn')} />
            </div>
            <OrganizationFactsFields
              value={form.facts}
              onChange={edit('facts')}
              askedOfStaff={askedOfStaff}
            />
          </>
        ) : (
          <>
            <p className="muted" data-testid="settings-locked">
              {phase === 'closed' ? text.settingsClosed : text.settingsLocked}
            </p>
            <dl className="settings-list">
              <dt>{text.minGroupSize}</dt>
              <dd>{campaign.minGroupSize}</dd>
              <dt>{text.commentMinimum}</dt>
              <dd>{campaign.commentMinimum}</dd>
              <dt>{text.languages}</dt>
              <dd>
                {joinList(
                  language,
                  campaign.languages.map((l) => LANGUAGE_NAMES[l]),
                )}
              </dd>
              <dt>{text.targetRate}</dt>
              <dd>{Math.round(campaign.targetResponseRate * 100)}</dd>
              {campaign.opensAt !== null && (
                <>
                  <dt>{text.firstDay}</dt>
                  <dd>{instantToDay(campaign.opensAt)}</dd>
                </>
              )}
              {phase === 'closed' && campaign.closesAt !== null && (
                <>
                  <dt>{text.lastDay}</dt>
                  <dd>{instantToDay(campaign.closesAt)}</dd>
                </>
              )}
            </dl>
            <FixedFacts facts={campaign.organizationFacts} />
          </>
        )}
        {phase !== 'closed' && (
          <>
            <div className="row">
              <TextField
                label={text.closesOn}
                type="date"
                value={form.closesOn}
                onChange={edit('closesOn')}
              />
            </div>
            <div className="actions">
              <button type="submit" disabled={saving.busy}>
                {text.save}
              </button>
              {saved && <span role="status">{text.saved}</span>}
            </div>
          </>
        )}
        <FormError error={saving.error} />
      </form>
    </section>
  );
}

/** HR's facts once the campaign opened: read back in the model's words, no longer editable. */
function FixedFacts({ facts }: { facts: OrganizationFacts }) {
  const text = useText(ORGANIZATION_FACTS_TEXT);
  const definitions = useFactDefinitions();
  return (
    <section aria-labelledby="fixed-facts-heading">
      <h3 id="fixed-facts-heading">{text.heading}</h3>
      <p className="muted">{text.fixed}</p>
      <ResourceView resource={definitions}>
        {(known) => (
          <OrganizationFactsList
            testId="fixed-facts"
            facts={(Object.keys(known) as (keyof OrganizationFacts)[]).map((key) => {
              const given = facts[key];
              return {
                question: known[key].question,
                answer: given === null ? null : (known[key].answers[given] ?? null),
              };
            })}
          />
        )}
      </ResourceView>
    </section>
  );
}
