import type { Language } from '../../server/domain/barrier-model';

export type { Language };

/** The reader's language from the browser, until they choose one. */
export function initialLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** Two toggle buttons, English and Simplified Chinese; the pressed one is the current language. */
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
      {(['en', 'zh-cn'] as const).map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={value === l}
          onClick={() => onChange(l)}
          lang={l === 'en' ? 'en' : 'zh-CN'}
        >
          {l === 'en' ? 'English' : '简体中文'}
        </button>
      ))}
    </div>
  );
}
