import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';
import type { SurveyForRespondent } from '../../../server/http/api-types';
import { api } from '../../api/client';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../components/use-resource';
import { markSubmitted, submittedOn } from './saved-progress';
import { initialLanguage, LanguageSwitch, type Language } from '../../components/language-switch';
import { SURVEY_TEXT } from './survey-text';
import { DEPARTMENT_FIELD, useSurveyModel } from './use-survey-model';
import './take-survey.css';

type Sending =
  | { state: 'answering' }
  | { state: 'sending' }
  | { state: 'sent'; earlier: boolean }
  | { state: 'failed'; message: string };

export default function TakeSurveyPage() {
  const { token = '' } = useParams();
  const [survey] = useResource(() => api.survey(token), token);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const text = SURVEY_TEXT[language];

  useEffect(() => {
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  }, [language]);

  return (
    <main className="survey-page">
      <div className="survey-toolbar">
        <LanguageSwitch value={language} onChange={setLanguage} label={text.language} />
      </div>
      <ResourceView resource={survey}>
        {(data) => <SurveyState token={token} survey={data} language={language} />}
      </ResourceView>
    </main>
  );
}

function SurveyState({
  token,
  survey,
  language,
}: {
  token: string;
  survey: SurveyForRespondent;
  language: Language;
}) {
  const text = SURVEY_TEXT[language];
  const { model, resumed } = useSurveyModel(token, survey, language);
  const [sending, setSending] = useState<Sending>(() =>
    submittedOn(token) ? { state: 'sent', earlier: true } : { state: 'answering' },
  );

  const send = useCallback(async () => {
    setSending({ state: 'sending' });
    const { [DEPARTMENT_FIELD]: departmentId, ...answers } = model.data as Record<string, unknown>;
    try {
      const receipt = await api.submitResponse(token, {
        answers,
        ...(typeof departmentId === 'string' ? { departmentId } : {}),
        language,
      });
      markSubmitted(token, receipt.submittedOn);
      setSending({ state: 'sent', earlier: false });
    } catch (error) {
      setSending({ state: 'failed', message: (error as Error).message });
    }
  }, [model, token, language]);

  useEffect(() => {
    const onComplete = () => void send();
    model.onComplete.add(onComplete);
    return () => model.onComplete.remove(onComplete);
  }, [model, send]);

  if (survey.status !== 'open') {
    return <p className="survey-message">{survey.status === 'draft' ? text.notOpen : text.closed}</p>;
  }
  if (sending.state === 'sent') {
    return (
      <section className="survey-message" aria-live="polite">
        <h1>{sending.earlier ? text.alreadyDone : text.thanks}</h1>
        <p>{text.thanksDetail}</p>
      </section>
    );
  }
  if (sending.state === 'sending')
    return (
      <p className="survey-message" aria-live="polite">
        {text.saving}
      </p>
    );
  if (sending.state === 'failed') {
    return (
      <section className="survey-message" role="alert">
        <p>
          {text.failed} {sending.message}
        </p>
        <button type="button" onClick={() => void send()}>
          {text.retry}
        </button>
      </section>
    );
  }
  return (
    <>
      <p className="anonymity-note">{text.anonymity(survey.minGroupSize)}</p>
      {resumed && <p className="resume-note">{text.resume}</p>}
      <Survey model={model} />
    </>
  );
}
