import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** `#token=abc&x=1` → `abc`; null when the fragment has no token. */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token === null || token.trim() === '' ? null : token.trim();
}

/**
 * The one-time token of a setup or reset link, read from the fragment (which never reaches a server log)
 * and then removed from the address bar, so it stays out of history, bookmarks and screenshots.
 */
export function useFragmentToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const fromFragment = tokenFromFragment(location.hash);
  const [token, setToken] = useState(fromFragment);
  // A link pasted into a page that is already open changes only the fragment: take its token too.
  if (fromFragment !== null && fromFragment !== token) {
    setToken(fromFragment);
  }
  useEffect(() => {
    if (location.hash !== '') {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    }
  }, [location.hash, location.pathname, location.search, navigate]);
  return token;
}
