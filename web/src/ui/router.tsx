import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** The console's few routes live in the path; no router library is worth its bytes here. */
export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/**
 * The current path, and a count of navigations: choosing a menu item again shows the screen
 * afresh (and fetches what changed meanwhile), as a user who clicks it expects.
 */
export function usePath(): { path: string; visit: number } {
  const [state, setState] = useState({ path: window.location.pathname, visit: 0 });
  useEffect(() => {
    const update = () => setState((previous) => ({ path: window.location.pathname, visit: previous.visit + 1 }));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return state;
}

export function Link({ to, ...props }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={onClick} {...props} />;
}
