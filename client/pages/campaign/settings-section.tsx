import { useState, type FormEvent } from 'react';
import type { CampaignDetail, CampaignChange } from '../../../server/http/api-types';
import type { Language } from '../../../server/domain/barrier-model';
import { api, ApiError, type OrganizationFacts } from '../../api/client';
import { FormError } from '../../components/form-error';
import { OrganizationFactsFields } from '../../components/organization-facts-fields';
import { OrganizationFactsList } from '../../components/organization-facts-list';
import { ORGANIZATION_FACTS_TEXT } from '../../components/organization-facts-text';
import { ResourceView } from '../../components/resource-view';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useFactDefinitions } from '../../components/use-fact-definitions';
import { useResource } from '../../components/use-resource';
import { CAMPAIGN_TEXT, LANGUAGE_NAMES } from './campaign-text';
import { dayToInstant, instantToDay } from './local-day';

const LANGUAGES: readonly Language[] = ['en', 'zh-cn'];

/**
 * The campaign's rules. Everything is editable while it is a draft; once open only the last day to answer
 * can move (the server refuses the rest), so the form shows the fixed settings as plain text.
 */
export function SettingsSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const text = useText(CAMPAIGN_TEXT);
  const { campaign } = detail;
  const draft = campaign.status === 'draft';
  const [minGroupSize, setMinGroupSize] = useState(String(campaign.minGroupSize));
  const [commentMinimum, setCommentMinimum] = useState(String(campaign.commentMinimum));
  const [languages, setLanguages] = useState<Language[]>(campaign.languages);
  const [target, setTarget] = useState(String(Math.round(campaign.targetResponseRate * 100)));
  const [opensOn, setOpensOn] = useState(instantToDay(campaign.opensAt));
  const [closesOn, setClosesOn] = useState(instantToDay(campaign.closesAt));
  const [facts, setFacts] = useState<Partial<OrganizationFacts>>(campaign.organizationFacts);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [questionnaires] = useResource(() => api.questionnaires(), 'questionnaires');
  // A campaign on an earlier questionnaire routes by its respondents' answers about the organization.
  const askedOfStaff =
    questionnaires.state === 'ready' &&
    questionnaires.data.find((q) => q.id === campaign.questionnaireId)?.current === false;

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const closesAt = closesOn ? dayToInstant(closesOn, 'end') : null;
    const change: CampaignChange = draft
      ? {
          minGroupSize: Number(minGroupSize),
          commentMinimum: Number(commentMinimum),
          languages,
          targetResponseRate: Number(target) / 100,
          opensAt: opensOn ? dayToInstant(opensOn, 'start') : null,
          closesAt,
          ...(askedOfStaff ? {} : { organizationFacts: facts }),
        }
      : { closesAt };
    try {
      await api.changeCampaign(campaign.id, change);
      setSaved(true);
      onChanged();
    } catch (e) {
      const fields = e instanceof ApiError ? (e.problem.errors ?? []) : [];
      setError(
        fields.length > 0 ? fields.map((f) => `${f.field}: ${f.message}`).join(' · ') : (e as Error).message,
      );
    }
  }

  const toggle = (l: Language) =>
    setLanguages((ls) =>
      ls.includes(l) ? ls.filter((x) => x !== l) : LANGUAGES.filter((x) => x === l || ls.includes(x)),
    );

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
                value={minGroupSize}
                onChange={setMinGroupSize}
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
                value={commentMinimum}
                onChange={setCommentMinimum}
                hint={text.commentMinimumHint}
              />
            </div>
            <fieldset className="checkboxes">
              <legend>{text.languages}</legend>
              {LANGUAGES.map((l) => (
                <label key={l}>
                  <input type="checkbox" checked={languages.includes(l)} onChange={() => toggle(l)} />
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
                value={target}
                onChange={setTarget}
              />
            </div>
            <div className="row">
              <TextField label={text.opensOn} type="date" value={opensOn} onChange={setOpensOn} />
            </div>
            <OrganizationFactsFields value={facts} onChange={setFacts} askedOfStaff={askedOfStaff} />
          </>
        ) : (
          <>
            <p className="muted">{text.settingsLocked}</p>
            <dl className="settings-list">
              <dt>{text.minGroupSize}</dt>
              <dd>{campaign.minGroupSize}</dd>
              <dt>{text.commentMinimum}</dt>
              <dd>{campaign.commentMinimum}</dd>
              <dt>{text.languages}</dt>
              <dd>{campaign.languages.map((l) => LANGUAGE_NAMES[l]).join(', ')}</dd>
              <dt>{text.targetRate}</dt>
              <dd>{Math.round(campaign.targetResponseRate * 100)}</dd>
              <dt>{text.opensOn}</dt>
              <dd>{instantToDay(campaign.opensAt) || text.none}</dd>
            </dl>
            <FixedFacts facts={campaign.organizationFacts} />
          </>
        )}
        {detail.phase !== 'closed' && (
          <>
            <div className="row">
              <TextField label={text.closesOn} type="date" value={closesOn} onChange={setClosesOn} />
            </div>
            <div className="actions">
              <button type="submit">{text.save}</button>
              {saved && <span role="status">{text.saved}</span>}
            </div>
          </>
        )}
        <FormError message={error} />
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
