import { useCallback, useEffect, useMemo, useState } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { Provider } from 'urql';
import { createApiClient } from './api';
import { createUserManager, currentUser, loadConfig, sessionFrom, type ConsoleConfig, type Session } from './session';
import { Loading } from './ui/status';
import { Shell } from './shell';

type State =
  | { step: 'loading' }
  | { step: 'failed'; message: string }
  | { step: 'anonymous'; config: ConsoleConfig; manager: UserManager; expired: boolean }
  | { step: 'signed-in'; config: ConsoleConfig; manager: UserManager; session: Session };

/** Loads the hub's configuration, finishes or restores the log-in, then shows the user's screens. */
export function App() {
  const [state, setState] = useState<State>({ step: 'loading' });

  useEffect(() => {
    (async () => {
      const config = await loadConfig();
      // The issuer knows the hub by its public address; a console opened at another (127.0.0.1 for localhost) moves there.
      if (!config.origins.includes(window.location.origin)) {
        window.location.replace(config.publicUrl + window.location.pathname);
        return;
      }
      const manager = createUserManager(config);
      const { user, returnTo } = await currentUser(manager);
      if (returnTo !== undefined) window.history.replaceState(null, '', returnTo);
      setState(
        user
          ? { step: 'signed-in', config, manager, session: sessionFrom(user, config) }
          : { step: 'anonymous', config, manager, expired: false },
      );
    })().catch((error: unknown) =>
      setState({ step: 'failed', message: error instanceof Error ? error.message : 'Konsollen kunne ikke starte' }),
    );
  }, []);

  const manager = state.step === 'signed-in' ? state.manager : undefined;
  const config = state.step === 'signed-in' ? state.config : undefined;
  // Stable, so the API client (made once per token) is not made again when the app re-renders.
  const leave = useCallback(
    async (expired: boolean) => {
      if (!manager || !config) return;
      await manager.removeUser();
      setState({ step: 'anonymous', config, manager, expired });
    },
    [manager, config],
  );
  const onLogout = useCallback(() => void leave(false), [leave]);
  const onExpired = useCallback(() => void leave(true), [leave]);

  if (state.step === 'loading') return <Loading text="Starter Klyngehub …" />;
  if (state.step === 'failed')
    return (
      <main className="page narrow">
        <h1>Klyngehub</h1>
        <p role="alert" className="form-error">
          Log-in mislykkedes: {state.message}
        </p>
        <p>
          <a href="/">Prøv igen</a>
        </p>
      </main>
    );
  if (state.step === 'anonymous') return <Welcome state={state} />;
  return <SignedIn session={state.session} onLogout={onLogout} onExpired={onExpired} />;
}

function Welcome({ state }: { state: Extract<State, { step: 'anonymous' }> }) {
  const logIn = () =>
    state.manager.signinRedirect({
      state: window.location.pathname,
      ...(state.config.developmentLogin ? { prompt: 'login' } : {}),
    });
  return (
    <main className="page narrow welcome">
      <h1>Klyngehub</h1>
      <p className="lead">
        Her samarbejder almen praksis' kvalitetsklynger med kommuner, regionernes kvalitetsenheder og KiAP: klyngepakker, tilbud,
        henvisningstal og henvendelser fra forskere, patientforeninger og virksomheder.
      </p>
      {state.expired && (
        <p role="alert" className="form-error">
          Du er blevet logget ud, fordi din adgang udløb. Log ind igen.
        </p>
      )}
      <button type="button" className="primary large" onClick={() => void logIn()}>
        Log ind
      </button>
    </main>
  );
}

function SignedIn({ session, onLogout, onExpired }: { session: Session; onLogout: () => void; onExpired: () => void }) {
  const client = useMemo(() => createApiClient(() => session.accessToken, onExpired), [session.accessToken, onExpired]);
  return (
    <Provider value={client}>
      <Shell session={session} onLogout={onLogout} />
    </Provider>
  );
}
