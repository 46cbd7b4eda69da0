import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './graphiql.css';

interface DevUser {
  id: string;
  label: string;
}

/**
 * GraphiQL for developers, bundled from npm (nothing from a CDN) and served by the gateway
 * at /graphql only outside production. The picker asks the development issuer for a token
 * for one of the demo users, as its log-in page would give one.
 */
function Explorer() {
  const [users, setUsers] = useState<DevUser[]>([]);
  const [user, setUser] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    fetch('/oidc/dev-users')
      .then((response) => (response.ok ? (response.json() as Promise<DevUser[]>) : []))
      .then(setUsers, () => setUsers([]));
  }, []);

  async function choose(id: string) {
    setUser(id);
    setProblem(undefined);
    if (!id) return setToken('');
    const response = await fetch('/oidc/dev-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: id }),
    });
    if (!response.ok) return setProblem('Der kunne ikke udstedes et token for den bruger.');
    setToken(((await response.json()) as { accessToken: string }).accessToken);
  }

  const fetcher = useMemo(
    () => createGraphiQLFetcher({ url: '/graphql', headers: token ? { authorization: `Bearer ${token}` } : {} }),
    [token],
  );
  return (
    <div className="explorer">
      <header>
        <strong>Klyngehub GraphiQL</strong>
        <label>
          Spørg som{' '}
          <select value={user} onChange={(event) => void choose(event.target.value)}>
            <option value="">Anonym</option>
            {users.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          eller indsæt et token{' '}
          <input
            value={token}
            onChange={(event) => {
              setUser('');
              setToken(event.target.value.trim());
            }}
            placeholder="eyJ…"
          />
        </label>
        {problem && <span role="alert">{problem}</span>}
      </header>
      <div className="graphiql-host">
        <GraphiQL fetcher={fetcher} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
