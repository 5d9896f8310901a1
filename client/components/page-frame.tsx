import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AccountMenu } from './account-menu';

/** The frame of every administrator page: product name, who is signed in, page title, content. */
export function PageFrame({
  title,
  children,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          Groundwork
        </Link>
        <span className="tagline">OKR readiness</span>
        <AccountMenu />
      </header>
      <main className={wide ? 'page page-wide' : 'page'}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
