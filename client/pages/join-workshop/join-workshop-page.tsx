import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { FormError } from '../../components/form-error';
import { LanguageSwitch } from '../../components/language-switch';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { useResource } from '../../components/use-resource';
import { useUiLanguage } from '../../components/ui-language';
import { LANGUAGE_TAGS, LANGUAGES, type Language } from '../../../shared/languages';
import type { JoinInfo } from '../../api/workshop-types';
import { JOIN_WORKSHOP_TEXT } from './join-workshop-text';
import { ParticipantSession } from './participant-session';
import './join-workshop.css';

/** Remembers which workshop this phone joined with a code, so a reload goes straight back in. */
const joinedKey = (code: string) => `groundwork:workshop:${code}`;

function rememberedWorkshop(code: string): string | null {
  try {
    return window.sessionStorage.getItem(joinedKey(code));
  } catch {
    return null;
  }
}

/** A participant's phone: join with the room's code, then follow the facilitator's steps. */
export default function JoinWorkshopPage() {
  const { code = '' } = useParams();
  const ui = useUiLanguage();
  const [info] = useResource(() => api.joinInfo(code), code);
  const [workshopId, setWorkshopId] = useState<string | null>(() => rememberedWorkshop(code));
  const offered: readonly Language[] = info.state === 'ready' ? info.data.languages : LANGUAGES;
  // The reader's choice within the workshop's languages, else its first.
  const language = offered.includes(ui.language) ? ui.language : offered[0]!;
  const text = JOIN_WORKSHOP_TEXT[language];
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
  }, [language]);

  const lost = useCallback(() => setWorkshopId(null), []);
  const joined = (id: string) => {
    try {
      window.sessionStorage.setItem(joinedKey(code), id);
    } catch {
      // not remembered: a reload asks to join again
    }
    setWorkshopId(id);
  };

  return (
    <main className="participant" lang={LANGUAGE_TAGS[language]}>
      <div className="participant-toolbar">
        {offered.length > 1 && (
          <LanguageSwitch value={language} onChange={ui.setLanguage} label={text.language} />
        )}
      </div>
      <h1>{info.state === 'ready' ? info.data.title : text.heading}</h1>
      {workshopId !== null ? (
        <ParticipantSession workshopId={workshopId} language={language} onLost={lost} />
      ) : info.state === 'loading' ? null : info.state === 'failed' ? (
        <JoinRefused error={info.error} language={language} />
      ) : (
        <JoinForm code={code} info={info.data} language={language} onJoined={joined} />
      )}
    </main>
  );
}

function JoinRefused({ error, language }: { error: unknown; language: Language }) {
  const text = JOIN_WORKSHOP_TEXT[language];
  const problem = error instanceof ApiError ? error.problem : null;
  if (problem?.status === 404) return <p role="alert">{text.notFound}</p>;
  if (problem?.code === 'workshop.ended') return <p role="alert">{text.ended}</p>;
  if (problem?.code === 'workshop.locked') return <p role="alert">{text.locked}</p>;
  return <FormError error={error} language={language} />;
}

function JoinForm({
  code,
  info,
  language,
  onJoined,
}: {
  code: string;
  info: JoinInfo;
  language: Language;
  onJoined: (workshopId: string) => void;
}) {
  const text = JOIN_WORKSHOP_TEXT[language];
  const [name, setName] = useState('');
  const join = useAction();
  if (info.status === 'ended') return <p role="alert">{text.ended}</p>;
  if (info.status === 'locked') return <p role="alert">{text.locked}</p>;
  function submit(event: FormEvent) {
    event.preventDefault();
    void join.run(async () => {
      const joined = await api.joinWorkshop(code, info.naming === 'named' ? { name: name.trim() } : {});
      onJoined(joined.workshopId);
    });
  }
  return (
    <form onSubmit={submit} className="join-form">
      <p>{text.joinIntro}</p>
      {info.naming === 'named' ? (
        <TextField
          label={text.yourName}
          value={name}
          onChange={setName}
          required
          maxLength={60}
          autoComplete="given-name"
          hint={text.nameHint}
        />
      ) : (
        <p className="muted">{text.anonymousNote}</p>
      )}
      <button type="submit" disabled={join.busy}>
        {join.busy ? text.joining : text.join}
      </button>
      <FormError error={join.error} language={language} />
    </form>
  );
}
