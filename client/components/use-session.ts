import { createContext, useContext } from 'react';
import type { Principal } from '../api/client';

export interface Session {
  principal: Principal;
  signOut: () => Promise<void>;
}

/** Null outside the signed-in pages (sign-in, first start, invitations, surveys). */
export const SessionContext = createContext<Session | null>(null);

/** The signed-in person, for a page under SessionBoundary (which renders nothing else until it knows). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is only available on pages that need an account');
  return session;
}
