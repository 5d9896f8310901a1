import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';
import type { SurveyForRespondent } from '../../../server/http/api-types';
import { api, ApiError } from '../../api/client';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../components/use-resource';
import { forgetSubmitted, markSubmitted, submissionKey, submittedOn } from './saved-progress';
import { initialLanguage, LanguageSwitch, type Language } from '../../components/language-switch';
import { LANGUAGE_TAGS, LANGUAGES } from '../../../shared/languages';
import { SURVEY_TEXT } from './survey-text';
import { DEPARTMENT_FIELD, useSurveyModel } from './use-survey-model';
import './take-survey.css';

type Sending =
  | { state: 'answering' }
  | { state: 'sending' }
  | { state: 'sent'; earlier: boolean }
  /** The server refused for good (closed, or a personal link already used): no point retrying. */
  | { state: 'refused'; message: string }
  /** Too few answers to be scored: the respondent goes back to the questions with their answers kept. */
  | { state: 'incomplete'; scored: number; needed: number; topics: string[] }
  | { state: 'failed'; message: string };

type Text = (typeof SURVEY_TEXT)[Language];

/** The respondent's own words for a refusal the server explains in English. */
function refusalText(error: unknown, text: Text): string | null {
  if (!(error instanceof ApiError) || error.problem.status !== 409) return null;
  const { code, params } = error.problem;
  if (code === 'access-code.used') return text.codeDone;
  if (code === 'survey.places-taken') return text.placesTaken(String(params?.department ?? ''));
  if (code === 'survey.shared-link-closed') return text.sharedLinkClosed(String(params?.department ?? ''));
  const detail = error.problem.detail;
  if (/already been used/.test(detail)) return text.personalDone;
  if (/closed/.test(detail)) return text.closed;
  if (/not opened|opens on/.test(detail)) return text.notOpen;
  return detail;
}

/**
 * What the server says is missing, as the respondent sees it: the titles of the pages holding the scales
 * still without a score, in the survey's current language.
 */
function incompleteness(error: ApiError, model: SurveyModel) {
  const params = error.problem.params ?? {};
  const scales = new Set(
    (error.problem.errors ?? [])
      .filter((e) => e.code === 'response.scale-unanswered')
      .map((e) => String(e.params?.scale ?? '')),
  );
  const topics = new Set<string>();
  for (const question of model.getAllQuestions()) {
    const page = question.page as { title?: string; name?: string } | undefined;
    if (scales.has(String(question.getPropertyValue('scale') ?? '')) && page) {
      topics.add(page.title || page.name || '');
    }
  }
  return {
    scored: Number(params.scored ?? 0),
    needed: Number(params.needed ?? 0),
    topics: [...topics].filter((t) => t !== ''),
  };
}

export default function TakeSurveyPage() {
  const { token = '' } = useParams();
  const [survey] = useResource(() => api.survey(token), token);
  const [chosen, setChosen] = useState<Language | null>(null);
  const offered = survey.state === 'ready' ? survey.data.languages : [...LANGUAGES];
  // The respondent's choice, else the language of their invitation, else the browser's, within the
  // languages the campaign runs in.
  const preferred =
    chosen ?? (survey.state === 'ready' ? survey.data.personal?.language : undefined) ?? initialLanguage();
  const language = offered.includes(preferred) ? preferred : offered[0]!;
  const text = SURVEY_TEXT[language];

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
  }, [language]);

  return (
    <main className="survey-page">
      {offered.length > 1 && (
        <div className="survey-toolbar">
          <LanguageSwitch value={language} onChange={setChosen} label={text.language} />
        </div>
      )}
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
  const progressKey = survey.personal?.progressKey ?? token;
  const { model, resumed } = useSurveyModel(progressKey, survey, language);
  const [sending, setSending] = useState<Sending>(() =>
    submittedOn(progressKey) ? { state: 'sent', earlier: true } : { state: 'answering' },
  );

  const send = useCallback(async () => {
    setSending({ state: 'sending' });
    const { [DEPARTMENT_FIELD]: departmentId, ...answers } = model.data as Record<string, unknown>;
    try {
      const receipt = await api.submitResponse(
        token,
        { answers, ...(typeof departmentId === 'string' ? { departmentId } : {}), language },
        submissionKey(progressKey),
      );
      markSubmitted(progressKey, receipt.submittedOn);
      setSending({ state: 'sent', earlier: false });
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'response.not-scoreable') {
        setSending({ state: 'incomplete', ...incompleteness(error, model) });
        return;
      }
      const refusal = refusalText(error, SURVEY_TEXT[language]);
      setSending(
        refusal === null
          ? { state: 'failed', message: (error as Error).message }
          : { state: 'refused', message: refusal },
      );
    }
  }, [model, token, progressKey, language]);

  useEffect(() => {
    const onComplete = () => void send();
    model.onComplete.add(onComplete);
    return () => model.onComplete.remove(onComplete);
  }, [model, send]);

  const [isFirstPage, setIsFirstPage] = useState(model.isFirstPage);
  useEffect(() => {
    const update = () => setIsFirstPage(model.isFirstPage);
    update();
    model.onCurrentPageChanged.add(update);
    return () => model.onCurrentPageChanged.remove(update);
  }, [model]);

  if (survey.personal?.answered && sending.state !== 'sent') {
    return <p className="survey-message">{text.personalDone}</p>;
  }
  if (survey.accessCode?.answered && sending.state !== 'sent') {
    return <p className="survey-message">{text.codeDone}</p>;
  }
  if (survey.status !== 'open' && sending.state !== 'sent') {
    const message =
      survey.status === 'closed'
        ? text.closed
        : survey.status === 'scheduled' && survey.opensAt
          ? text.opensOn(survey.opensAt.slice(0, 10))
          : text.notOpen;
    return <p className="survey-message">{message}</p>;
  }
  if (sending.state === 'incomplete') {
    return (
      <section className="survey-message" role="alert">
        <p>{text.incomplete(sending.scored, sending.needed)}</p>
        {sending.topics.length > 0 && (
          <>
            <p>{text.incompleteWhere}</p>
            <ul>
              {sending.topics.map((topic) => (
                <li key={topic}>{topic}</li>
              ))}
            </ul>
          </>
        )}
        <button
          type="button"
          onClick={() => {
            // Back to a running survey on its first page, every answer given so far kept.
            model.clear(false, true);
            setSending({ state: 'answering' });
          }}
        >
          {text.backToQuestions}
        </button>
      </section>
    );
  }
  if (sending.state === 'refused') {
    return (
      <p className="survey-message" role="alert">
        {sending.message}
      </p>
    );
  }
  if (sending.state === 'sent') {
    return (
      <section className="survey-message" aria-live="polite">
        <h1>{sending.earlier ? text.alreadyDone : text.thanks}</h1>
        <p>{text.thanksDetail}</p>
        {!survey.personal && !survey.accessCode && (
          // A shared link on a shared tablet: the next colleague starts afresh. The server never relied on
          // this device's "done" mark, so clearing it opens nothing that was closed.
          <button
            type="button"
            className="secondary"
            onClick={() => {
              forgetSubmitted(progressKey);
              model.clear(true, true);
              setSending({ state: 'answering' });
            }}
          >
            {text.nextPerson}
          </button>
        )}
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
    // Past the first page, a phone shows the questions without the introduction above them again.
    <div className={isFirstPage ? undefined : 'survey-later-page'}>
      <p className="anonymity-note">
        {text.anonymity(survey.minGroupSize)} {survey.personal && text.personalNote}
        {survey.accessCode && text.codeNote}
      </p>
      {resumed && <p className="resume-note">{text.resume}</p>}
      <Survey model={model} />
    </div>
  );
}
