import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { DepartmentChoice } from '../../components/department-choice';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/languages';
import { WORKSHOP_NEW_TEXT } from './workshop-new-text';

const EXPIRY_HOURS = [2, 4, 8, 24, 72];

interface Origin {
  organization: { id: string; name: string; departments: { id: string; name: string }[] };
  campaign: { id: string; name: string; languages: Language[] } | null;
}

/** Where the facilitator sets up a workshop: from a report (?campaign=) or an organization (?organization=). */
export default function WorkshopNewPage() {
  const [params] = useSearchParams();
  const campaignId = params.get('campaign');
  const organizationId = params.get('organization');
  const text = useText(WORKSHOP_NEW_TEXT);
  const [origin] = useResource(async (): Promise<Origin | null> => {
    if (campaignId) {
      const detail = await api.campaign(campaignId);
      return {
        organization: detail.organization,
        campaign: {
          id: detail.campaign.id,
          name: detail.campaign.name,
          languages: detail.campaign.languages,
        },
      };
    }
    if (organizationId) return { organization: await api.organization(organizationId), campaign: null };
    return null;
  }, `${campaignId}|${organizationId}`);
  return (
    <PageFrame title={text.title}>
      <ResourceView resource={origin}>
        {(found) =>
          found ? <WorkshopForm origin={found} /> : <p className="error">{text.noOrganization}</p>
        }
      </ResourceView>
    </PageFrame>
  );
}

function WorkshopForm({ origin }: { origin: Origin }) {
  const { language } = useUiLanguage();
  const text = WORKSHOP_NEW_TEXT[language];
  const [title, setTitle] = useState(text.defaultTitle);
  const [languages, setLanguages] = useState<Language[]>(origin.campaign?.languages ?? [language]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [naming, setNaming] = useState<'named' | 'anonymous'>('named');
  const [hours, setHours] = useState(8);
  const create = useAction();
  const navigate = useNavigate();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (languages.length === 0) return create.fail(text.noLanguage);
    void create.run(async () => {
      const workshop = await api.createWorkshop(origin.organization.id, {
        title: title.trim(),
        languages: LANGUAGES.filter((l) => languages.includes(l)),
        departmentIds: chosen ?? [],
        naming,
        expiresInHours: hours,
        ...(origin.campaign ? { campaignId: origin.campaign.id } : {}),
      });
      await navigate(`/workshops/${encodeURIComponent(workshop.id)}`);
    });
  }

  return (
    <form className="card" onSubmit={submit} aria-label={text.title}>
      <p>{text.intro}</p>
      {origin.campaign && <p className="muted">{text.fromCampaign(origin.campaign.name)}</p>}
      <TextField
        label={text.name}
        value={title}
        onChange={setTitle}
        required
        maxLength={120}
        hint={text.nameHint}
      />
      <fieldset className="checkboxes">
        <legend>{text.languages}</legend>
        {LANGUAGES.map((l) => (
          <label key={l}>
            <input
              type="checkbox"
              checked={languages.includes(l)}
              onChange={(e) =>
                setLanguages((now) => (e.target.checked ? [...now, l] : now.filter((x) => x !== l)))
              }
            />
            {LANGUAGE_NAMES[l]}
          </label>
        ))}
        <p className="muted">{text.languagesHint}</p>
      </fieldset>
      <DepartmentChoice
        departments={origin.organization.departments}
        chosen={chosen}
        onChange={setChosen}
        text={text.departments}
      />
      <fieldset className="checkboxes">
        <legend>{text.naming}</legend>
        <label>
          <input
            type="radio"
            name="naming"
            checked={naming === 'named'}
            onChange={() => setNaming('named')}
          />
          {text.named}
        </label>
        <label>
          <input
            type="radio"
            name="naming"
            checked={naming === 'anonymous'}
            onChange={() => setNaming('anonymous')}
          />
          {text.anonymous}
        </label>
      </fieldset>
      <label>
        {text.expiry}
        <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
          {EXPIRY_HOURS.map((h) => (
            <option key={h} value={h}>
              {text.hours(h)}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button type="submit" disabled={create.busy}>
          {create.busy ? text.creating : text.create}
        </button>
        <Link to={`/organizations/${encodeURIComponent(origin.organization.id)}`}>{text.back}</Link>
      </div>
      <FormError error={create.error} />
    </form>
  );
}
