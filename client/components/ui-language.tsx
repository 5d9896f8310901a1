// The language every page speaks, chosen once and remembered on this device. Pages keep their words in a
// `*-text.ts` file holding one dictionary per language, and read the current one with useText.

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { isLanguage, LANGUAGE_TAGS } from '../../shared/languages';
import { initialLanguage, type Language } from './language-switch';

const STORAGE_KEY = 'groundwork:language';

interface UiLanguage {
  language: Language;
  setLanguage: (language: Language) => void;
}

const UiLanguageContext = createContext<UiLanguage | null>(null);

function remembered(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage refused (private browsing): fall back to the browser's language
  }
}

export function UiLanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() => remembered() ?? initialLanguage());
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered on this device; the choice still holds for this visit
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
  }, [language]);
  return (
    <UiLanguageContext.Provider value={{ language, setLanguage }}>{children}</UiLanguageContext.Provider>
  );
}

export function useUiLanguage(): UiLanguage {
  const value = useContext(UiLanguageContext);
  if (!value) throw new Error('useUiLanguage needs a UiLanguageProvider above it');
  return value;
}

/** The current language's entry of a page's dictionary. */
export function useText<T>(dictionary: Record<Language, T>): T {
  return dictionary[useUiLanguage().language];
}
