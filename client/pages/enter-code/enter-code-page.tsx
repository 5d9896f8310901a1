import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormError } from '../../components/form-error';
import { initialLanguage, LanguageSwitch, type Language } from '../../components/language-switch';
import { TextField } from '../../components/text-field';
import { LANGUAGE_TAGS } from '../../../shared/languages';
import { surveyPath } from '../../../shared/public-paths';
import { ENTER_CODE_TEXT } from './enter-code-text';
import { readCode } from './read-code';
import './enter-code.css';

/** Where a printed access code is typed: it then opens the survey as its link would. */
export default function EnterCodePage() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const text = ENTER_CODE_TEXT[language];

  function open(event: FormEvent) {
    event.preventDefault();
    const code = readCode(typed);
    if (code === null) return setError(text.notACode);
    void navigate(surveyPath(code));
  }

  return (
    <main className="code-entry" lang={LANGUAGE_TAGS[language]}>
      <div className="code-entry-toolbar">
        <LanguageSwitch value={language} onChange={setLanguage} label={text.language} />
      </div>
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      <form onSubmit={open}>
        <TextField
          label={text.code}
          value={typed}
          onChange={setTyped}
          required
          maxLength={20}
          autoComplete="off"
          hint={text.hint}
        />
        <div className="actions">
          <button type="submit">{text.next}</button>
        </div>
        <FormError error={error} language={language} />
      </form>
    </main>
  );
}
