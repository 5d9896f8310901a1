import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, type Language } from '../../shared/languages';

export type { Language };

/** The reader's language from the browser, until they choose one. */
export function initialLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** One toggle button per language, each named in itself; the pressed one is the current language. */
export function LanguageSwitch({
  value,
  onChange,
  label,
}: {
  value: Language;
  onChange: (l: Language) => void;
  label: string;
}) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={value === l}
          onClick={() => onChange(l)}
          lang={LANGUAGE_TAGS[l]}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
