import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Session, SessionView } from '../../flows/session';

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a SessionContext provider');
  return session;
}

/** The session's current view; React re-renders when the session says it changed. */
export function useView(): SessionView {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getView, session.getView);
}
