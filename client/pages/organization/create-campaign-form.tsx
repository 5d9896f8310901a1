import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, type OrganizationFacts } from '../../api/client';
import { DepartmentChoice } from '../../components/department-choice';
import { FormError } from '../../components/form-error';
import { OrganizationFactsFields } from '../../components/organization-facts-fields';
import { ResourceView } from '../../components/resource-view';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { CreateCampaignRequest } from '../../../shared/request-schemas';
import { useUiLanguage } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { ORGANIZATION_TEXT } from './organization-text';

export function CreateCampaignForm({
  organizationId,
  departments,
  onCreated,
}: {
  organizationId: string;
  departments: { id: string; name: string }[];
  onCreated: () => void;
}) {
  const [questionnaires] = useResource(() => api.questionnaires(), 'questionnaires');
  const [name, setName] = useState('');
  const [questionnaireId, setQuestionnaireId] = useState('');
  const [minGroupSize, setMinGroupSize] = useState('5');
  const [facts, setFacts] = useState<Partial<OrganizationFacts>>({});
  // Null while the whole organization is asked; the departments ticked otherwise.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const create = useAction();
  const navigate = useNavigate();
  const { language } = useUiLanguage();
  const text = ORGANIZATION_TEXT[language];

  function submit(event: FormEvent, fallbackQuestionnaire: string, askedOfStaff: boolean) {
    event.preventDefault();
    const body = {
      name,
      questionnaireId: questionnaireId || fallbackQuestionnaire,
      minGroupSize: Number(minGroupSize),
      // An earlier questionnaire asks staff instead; the server refuses HR's statement for it.
      ...(askedOfStaff ? {} : { organizationFacts: facts }),
      ...(chosen === null ? {} : { departmentIds: chosen }),
    };
    const problem = requestProblem(CreateCampaignRequest, body);
    if (problem) return create.fail(problem);
    void create.run(async () => {
      const campaign = await api.createCampaign(organizationId, body);
      onCreated();
      navigate(`/campaigns/${campaign.id}`);
    });
  }

  return (
    <ResourceView resource={questionnaires}>
      {(list) => (
        <form
          className="card"
          onSubmit={(e) =>
            submit(
              e,
              list[0]?.id ?? '',
              list.find((q) => q.id === (questionnaireId || list[0]?.id))?.current === false,
            )
          }
          aria-labelledby="new-campaign-heading"
        >
          <h2 id="new-campaign-heading">{text.newCampaign}</h2>
          <TextField
            label={text.campaignName}
            value={name}
            onChange={setName}
            required
            maxLength={120}
            placeholder={text.campaignNameExample}
          />
          <label>
            {text.questionnaire}
            <select
              value={questionnaireId || list[0]?.id}
              onChange={(e) => setQuestionnaireId(e.target.value)}
            >
              {list.map((q) => (
                <option key={q.id} value={q.id}>
                  {text.questionnaireOption(q.title[language], q.questions, q.current)}
                </option>
              ))}
            </select>
          </label>
          <TextField
            label={text.minGroupSize}
            type="number"
            min={3}
            max={100}
            value={minGroupSize}
            onChange={setMinGroupSize}
            describedBy="min-group-help"
            hint={text.minGroupSizeHelp}
          />
          <DepartmentChoice
            departments={departments}
            chosen={chosen}
            onChange={setChosen}
            text={{
              legend: text.whoIsAsked,
              all: text.wholeOrganization,
              some: text.chosenDepartments,
              help: text.chosenDepartmentsHelp,
            }}
          />
          <OrganizationFactsFields
            value={facts}
            onChange={setFacts}
            askedOfStaff={list.find((q) => q.id === (questionnaireId || list[0]?.id))?.current === false}
          />
          <FormError error={create.error} />
          <button type="submit" disabled={create.busy}>
            {text.createCampaign}
          </button>
        </form>
      )}
    </ResourceView>
  );
}
