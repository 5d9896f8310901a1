import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import type { SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';
import type { SurveyForRespondent } from '../../../server/http/api-types';
import { api, ApiError } from '../../api/client';
import { errorText, type CodedProblem } from '../../components/error-text';
import { ResourceView } from '../../components/resource-view';
import { useAction } from '../../components/use-action';
import { useResource } from '../../components/use-resource';
import { forgetSubmitted, markSubmitted, submissionKey, submittedOn } from './saved-progress';
import { initialLanguage, LanguageSwitch, type Language } from '../../components/language-switch';
import { LANGUAGE_TAGS, LANGUAGES } from '../../../shared/languages';
import { SURVEY_TEXT } from './survey-text';
import { DEPARTMENT_FIELD, useSurveyModel } from './use-survey-model';
import { localText } from './local-text';
import { SurveyIntro } from './survey-intro';
import { SurveyProgress } from './survey-progress';
import { usePagePosition } from './use-page-position';
import { usePageTurnScroll } from './use-page-turn-scroll';
import './take-survey.css';

/** A refusal for good (closed, a personal link or code already used): no point sending again. */
const isRefusal = (error: unknown) => error instanceof ApiError && error.problem.status === 409;

/** Too few answers to be scored: the respondent goes back to the questions with their answers kept. */
const isIncomplete = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.problem.code === 'response.not-scoreable';

/** Why the survey takes no answers from this link now, by the code the server would refuse them with. */
function notAccepting(survey: SurveyForRespondent): CodedProblem | null {
  if (survey.personal?.answered) return { code: 'survey.personal-link-used' };
  if (survey.accessCode?.answered) return { code: 'access-code.used' };
  if (survey.status === 'closed') return { code: 'survey.closed' };
  if (survey.status === 'scheduled' && survey.opensAt)
    return { code: 'survey.opens-on', params: { day: survey.opensAt.slice(0, 10) } };
  if (survey.status !== 'open') return { code: 'survey.not-open' };
  return null;
}

/**
 * What the server says is missing, as the respondent sees it: the titles of the pages holding the scales
 * still without a score, in the survey's current language.
 */
function missingTopics(error: ApiError, model: SurveyModel): string[] {
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
  return [...topics].filter((t) => t !== '');
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

  // The tab names the survey and who asks, so a respondent who left it among other tabs finds it again.
  const campaignName = survey.state === 'ready' ? survey.data.campaignName : null;
  const organizationName = survey.state === 'ready' ? survey.data.organizationName : null;
  useEffect(() => {
    if (campaignName === null || organizationName === null) return;
    const before = document.title;
    document.title = `${campaignName} · ${organizationName}`;
    return () => {
      document.title = before;
    };
  }, [campaignName, organizationName]);

  return (
    <main className="survey-page">
      <div className="survey-toolbar">
        {/* Who is asking, before anything else: a respondent should know whose survey this is. */}
        {organizationName !== null && <p className="survey-organization">{organizationName}</p>}
        {offered.length > 1 && <LanguageSwitch value={language} onChange={setChosen} label={text.language} />}
      </div>
      <ResourceView resource={survey} language={language}>
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
  const [sent, setSent] = useState<{ earlier: boolean } | null>(() =>
    submittedOn(progressKey) ? { earlier: true } : null,
  );
  // Sending, and why it failed: the page's state follows from the failure (incomplete, refused, or worth
  // another try), worded in the survey's language whenever it is shown.
  const submission = useAction();
  const { run } = submission;

  const send = useCallback(async () => {
    const { [DEPARTMENT_FIELD]: departmentId, ...answers } = model.data as Record<string, unknown>;
    const receipt = await run(() =>
      api.submitResponse(
        token,
        { answers, ...(typeof departmentId === 'string' ? { departmentId } : {}), language },
        submissionKey(progressKey),
      ),
    );
    if (!receipt) return;
    markSubmitted(progressKey, receipt.submittedOn);
    setSent({ earlier: false });
  }, [model, token, progressKey, language, run]);

  useEffect(() => {
    const onComplete = () => void send();
    model.onComplete.add(onComplete);
    return () => model.onComplete.remove(onComplete);
  }, [model, send]);

  const position = usePagePosition(model);
  const progressLine = useRef<HTMLDivElement>(null);
  usePageTurnScroll(model, progressLine);
  // "Welcome back" belongs to the page the respondent came back to, not to every page after it.
  const [resumedOn] = useState(position.page);

  // The page's one first-level heading, whatever state the survey is in.
  const framed = (content: ReactNode) => (
    <>
      <h1 className="survey-title">{localText(survey.questionnaire.title, language)}</h1>
      {content}
    </>
  );
  const { error } = submission;
  const refusal = notAccepting(survey);
  if (refusal && !sent) return framed(<p className="survey-message">{errorText(refusal, language)}</p>);
  if (isIncomplete(error)) {
    const topics = missingTopics(error, model);
    return framed(
      <section className="survey-message" role="alert">
        <p>{errorText(error, language)}</p>
        {topics.length > 0 && (
          <>
            <p>{text.incompleteWhere}</p>
            <ul>
              {topics.map((topic) => (
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
            submission.reset();
          }}
        >
          {text.backToQuestions}
        </button>
      </section>,
    );
  }
  if (isRefusal(error)) {
    return framed(
      <p className="survey-message" role="alert">
        {errorText(error, language)}
      </p>,
    );
  }
  if (sent) {
    return framed(
      <section className="survey-message" aria-live="polite">
        <h2>{sent.earlier ? text.alreadyDone : text.thanks}</h2>
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
              setSent(null);
              submission.reset();
            }}
          >
            {text.nextPerson}
          </button>
        )}
      </section>,
    );
  }
  if (submission.busy)
    return framed(
      <p className="survey-message" aria-live="polite">
        {text.saving}
      </p>,
    );
  if (error !== null) {
    return framed(
      <section className="survey-message" role="alert">
        <p>
          {text.failed} {errorText(error, language)}
        </p>
        <button type="button" onClick={() => void send()}>
          {text.retry}
        </button>
      </section>,
    );
  }
  return framed(
    <>
      {/* Read once, on the first page: past it, each page starts with its questions. */}
      {position.page === 1 && <SurveyIntro survey={survey} language={language} />}
      <SurveyProgress position={position} language={language} ref={progressLine} />
      {resumed && position.page === resumedOn && <p className="resume-note">{text.resume}</p>}
      <Survey model={model} />
    </>,
  );
}
