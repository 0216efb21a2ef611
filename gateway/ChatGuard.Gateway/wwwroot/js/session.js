import { t } from './i18n.js';

// The bearer token a page acts with. Embedding platforms pass it in the URL fragment (#token=…, never sent to a
// server); in Development the sign-in form gets one from /dev/token. Kept per tab in sessionStorage.
const storageKey = page => `chatguard.${page}.token`;

export function takeToken(page) {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const passed = fragment.get('token');
  if (passed) {
    sessionStorage.setItem(storageKey(page), passed);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(storageKey(page));
}

export function signOut(page) {
  sessionStorage.removeItem(storageKey(page));
  location.reload();
}

export async function devSignIn(page, identity) {
  const response = await fetch('/dev/token', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(identity),
  });
  if (response.status === 404) throw new Error(t('signin.off'));
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const details = problem.errors ? Object.entries(problem.errors).map(([k, v]) => `${k}: ${v.join(', ')}`).join('; ') : problem.detail;
    throw new Error(details || t('signin.failed', { status: response.status }));
  }
  const { token } = await response.json();
  sessionStorage.setItem(storageKey(page), token);
  return token;
}

/** Wires a sign-in form: its named inputs become the /dev/token body (plus the page's role). */
export function signInForm(form, page, role, onToken) {
  const error = form.querySelector('.error');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.textContent = '';
    const identity = Object.fromEntries(new FormData(form));
    for (const key of Object.keys(identity)) if (identity[key] === '') delete identity[key];
    try {
      onToken(await devSignIn(page, { ...identity, role }));
    } catch (e) {
      error.textContent = e.message;
    }
  });
}
