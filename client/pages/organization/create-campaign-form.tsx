import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ResourceView } from '../../components/resource-view';
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
          <label>
            Campaign name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={120}
              placeholder="e.g. Q1 baseline"
            />
          </label>
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
          <label>
            Minimum group size for reports
            <input
              type="number"
              min={3}
              max={100}
              value={minGroupSize}
              onChange={(e) => setMinGroupSize(e.target.value)}
              aria-describedby="min-group-help"
            />
          </label>
          <p id="min-group-help" className="muted">
            No score is shown for a department with fewer responses than this (never below 3).
          </p>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="submit">Create campaign</button>
        </form>
      )}
    </ResourceView>
  );
}
