/** The signed-in user and workspace, sign-in/out and the language that follows the user. */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Session, User } from '../../../src/contracts/access.ts';
import type { Locale } from '../../../src/domain/shared/vocabulary.ts';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import { clearSessionCaches } from '../api/session-caches.ts';
import { currentLocale, i18n, storeLocale } from '../i18n/i18n.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; session: Session };

export type SessionApi = {
  state: SessionState;
  login: (email: string, password: string) => Promise<Session>;
  logout: () => Promise<void>;
  /** Switches the language; remembered in this browser, and on the user once signed in. */
  changeLocale: (locale: Locale) => Promise<void>;
};

const SessionContext = createContext<SessionApi | null>(null);

const applyLocale = (locale: Locale) => {
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  storeLocale(locale);
};

export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // A language picked on the sign-in page is saved to the user right after sign-in.
  const pickedBeforeLogin = useRef<Locale | null>(null);

  const accept = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'authenticated', session });
  }, []);

  const forget = useCallback(() => {
    setCsrfToken(null);
    clearSessionCaches();
    setState({ status: 'anonymous' });
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(forget);
    const controller = new AbortController();
    api
      .get<Session>('/auth/session', undefined, controller.signal)
      .then((session) => {
        applyLocale(session.user.locale);
        accept(session);
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        forget();
      });
    return () => {
      controller.abort();
      setUnauthorizedHandler(null);
    };
  }, [accept, forget]);

  const login = useCallback(
    async (email: string, password: string) => {
      let session = await api.post<Session>('/auth/login', { email, password });
      setCsrfToken(session.csrfToken);
      const picked = pickedBeforeLogin.current;
      pickedBeforeLogin.current = null;
      if (picked && picked !== session.user.locale) {
        try {
          const user = await api.patch<User>('/auth/profile', { locale: picked });
          session = { ...session, user };
        } catch {
          // Keep the user's saved language if the profile could not be updated.
        }
      }
      applyLocale(session.user.locale);
      accept(session);
      return session;
    },
    [accept],
  );

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/auth/logout');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    forget();
  }, [forget]);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      if (locale === currentLocale()) return;
      applyLocale(locale);
      if (state.status !== 'authenticated') {
        pickedBeforeLogin.current = locale;
        return;
      }
      const user = await api.patch<User>('/auth/profile', { locale });
      setState((previous) =>
        previous.status === 'authenticated'
          ? { status: 'authenticated', session: { ...previous.session, user } }
          : previous,
      );
    },
    [state.status],
  );

  const value = useMemo(
    () => ({ state, login, logout, changeLocale }),
    [state, login, logout, changeLocale],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSessionApi = (): SessionApi => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionApi outside SessionProvider');
  return value;
};

/** The current session; only for components rendered behind `RequireSession`. */
export const useSession = (): Session => {
  const { state } = useSessionApi();
  if (state.status !== 'authenticated') throw new Error('useSession without a session');
  return state.session;
};

export const useIsAdmin = (): boolean => useSession().user.role === 'admin';
