import type { Language } from '../../components/language-switch';
import { TERM_TEXT, type Term } from './term-text';

/**
 * One technical term explained in a short line where it is used. A line rather than a tooltip: it reads
 * the same by keyboard, screen reader and on a phone, where there is no hover.
 */
export function TermNote({ term, language }: { term: Term; language: Language }) {
  const { name, plain } = TERM_TEXT[language][term];
  return (
    <p className="term-note" data-term={term}>
      <dfn>{name}</dfn>
      {language === 'zh-cn' ? '：' : ': '}
      {plain}
    </p>
  );
}
