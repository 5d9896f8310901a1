import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AccountMenu } from './account-menu';
import { COMMON_TEXT } from './common-text';
import { LanguageSwitch } from './language-switch';
import { useText, useUiLanguage } from './ui-language';

/**
 * The frame of every administrator page: product name, who is signed in, the language switch, page title,
 * content. A page that offers the switch in its own content (the report) turns the top bar's off, so the
 * page never shows two controls of the same name.
 */
export function PageFrame({
  title,
  children,
  wide = false,
  languageSwitch = true,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
  languageSwitch?: boolean;
}) {
  const { language, setLanguage } = useUiLanguage();
  const text = useText(COMMON_TEXT);
  return (
    <>
      <header className="topbar no-print">
        <Link to="/" className="brand">
          Groundwork
        </Link>
        <span className="tagline">{text.tagline}</span>
        <div className="topbar-tools">
          <AccountMenu />
          {languageSwitch && <LanguageSwitch value={language} onChange={setLanguage} label={text.language} />}
        </div>
      </header>
      <main className={wide ? 'page page-wide' : 'page'}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
