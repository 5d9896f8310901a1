import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { ResourceView } from '../../components/resource-view';
import { TextField } from '../../components/text-field';
import { useResource } from '../../components/use-resource';

export function CreateCampaignForm({
  organizationId,
  onCreated,
}: {
  organizationId: string;
  onCreated: () => void;
}) {
  const [questionnaires] = useResource(() => api.questionnaires(), 'questionnaires');
  const [name, setName] = useState('');
  const [questionnaireId, setQuestionnaireId] = useState('');
  const [minGroupSize, setMinGroupSize] = useState('5');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();

  async function submit(event: FormEvent, fallbackQuestionnaire: string) {
    event.preventDefault();
    setError(null);
    try {
      const campaign = await api.createCampaign(organizationId, {
        name,
        questionnaireId: questionnaireId || fallbackQuestionnaire,
        minGroupSize: Number(minGroupSize),
      });
      onCreated();
      navigate(`/campaigns/${campaign.id}`);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <ResourceView resource={questionnaires}>
      {(list) => (
        <form
          className="card"
          onSubmit={(e) => submit(e, list[0]?.id ?? '')}
          aria-labelledby="new-campaign-heading"
        >
          <h2 id="new-campaign-heading">New readiness campaign</h2>
          <TextField
            label="Campaign name"
            value={name}
            onChange={setName}
            required
            maxLength={120}
            placeholder="e.g. Q1 baseline"
          />
          <label>
            Questionnaire
            <select
              value={questionnaireId || list[0]?.id}
              onChange={(e) => setQuestionnaireId(e.target.value)}
            >
              {list.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.title.en} ({q.questions} questions, model v{q.modelVersion})
                </option>
              ))}
            </select>
          </label>
          <TextField
            label="Minimum group size for reports"
            type="number"
            min={3}
            max={100}
            value={minGroupSize}
            onChange={setMinGroupSize}
            describedBy="min-group-help"
            hint="No score is shown for a department with fewer responses than this (never below 3)."
          />
          <FormError message={error} />
          <button type="submit">Create campaign</button>
        </form>
      )}
    </ResourceView>
  );
}
