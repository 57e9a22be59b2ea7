// Parley moderator workspace: sign-in, views (queues, settings, audit), keyboard, live events.
// Dependency-free ES modules, no build step. Bearer token in sessionStorage, never cookies.
import { api, ApiError, listen, messageOf, session, signIn } from './api.js';
import { createAudit } from './audit.js';
import { createQueues } from './queue.js';
import { createSettings } from './settings.js';

const $ = (id) => document.getElementById(id);
const VIEWS = ['queues', 'settings', 'audit'];
let views = null;
let stopLive = null;

const ui = {
  status(text) {
    $('alert').textContent = '';
    // Cleared first so the same sentence twice is announced twice.
    $('status').textContent = '';
    requestAnimationFrame(() => { $('status').textContent = text; });
  },
  error(text) {
    // After a lost session the sign-in form says what happened; a late failure must not add a second message.
    if (views) $('alert').textContent = text;
  },
  /** A failed load, shown in words. A lost session is already handled (see 'parley:session-lost'). */
  fail(e) {
    if (e instanceof ApiError && (e.status === 401 || e.code === 'site_not_found')) return;
    if (e?.name !== 'AbortError') ui.error(messageOf(e));
  },
};

function siteFromUrl() {
  return (new URLSearchParams(location.search).get('site') || 'demo').trim().toLowerCase();
}

function showSignIn(message = '') {
  views = null;
  delete document.body.dataset.ready;
  for (const id of ['nav', 'who', 'live', 'signout', 'help-btn']) $(id).hidden = true;
  for (const v of VIEWS) $(`view-${v}`).hidden = true;
  $('signin').hidden = false;
  $('alert').textContent = '';
  $('status').textContent = '';
  const form = $('signin-form');
  form.elements.site.value = session.site || siteFromUrl();
  $('signin-error').textContent = message;
  const first = [...form.elements].find((el) => el.tagName === 'INPUT' && !el.value) || form.elements.password;
  first.focus();
}

async function signOut(message = '') {
  stopLive?.();
  stopLive = null;
  const token = session.token;
  session.clear();
  showSignIn(message);
  if (token && !message) {
    fetch(`/api/v1/sites/${encodeURIComponent(session.site)}/auth/signout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => {});
  }
}

$('signin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = e.currentTarget.elements;
  const site = f.site.value.trim().toLowerCase();
  if (!site || !f.userName.value.trim() || !f.password.value) {
    $('signin-error').textContent = 'Enter the site, your user name and your password.';
    return;
  }
  const button = e.currentTarget.querySelector('button');
  button.disabled = true;
  try {
    const r = await signIn(site, f.userName.value.trim(), f.password.value);
    session.save(site, r.token);
    const me = await api('GET', '/me');
    f.password.value = '';
    if (site !== siteFromUrl()) {
      const p = new URLSearchParams(location.search);
      p.set('site', site);
      history.replaceState(null, '', `?${p}${location.hash}`);
    }
    await start(me);
  } catch (err) {
    // Signed in, but not staff of this site: the admin API answers site_not_found; drop the token.
    session.clear();
    session.site = site;
    $('signin-error').textContent = messageOf(err);
    f.password.focus();
  } finally {
    button.disabled = false;
  }
});

$('signout').addEventListener('click', () => signOut());
// The admin API answers a lapsed session like a stranger (404 site_not_found), so say what probably happened.
window.addEventListener('parley:session-lost', () => { if (views) signOut('Your session has ended, or your role on this site has changed. Please sign in again.'); });
$('help-btn').addEventListener('click', () => $('help').showModal());

async function start(me) {
  $('signin').hidden = true;
  for (const id of ['nav', 'who', 'live', 'signout', 'help-btn']) $(id).hidden = false;
  $('who').textContent = `${me.name} · ${me.role} · ${me.siteName}`;
  document.title = `${me.siteName} · Parley moderation`;
  views = {
    queues: createQueues($('view-queues'), ui),
    settings: createSettings($('view-settings'), ui, me),
    audit: createAudit($('view-audit'), ui),
  };
  const settings = await views.settings.load();
  if (!views) return;
  route(false);
  await views.queues.start(settings);
  // Tests and scripts wait for this instead of guessing when the first load is over.
  document.body.dataset.ready = 'true';
  stopLive?.();
  stopLive = listen((event) => views?.queues.onEvent(event), (state) => {
    const live = $('live');
    live.dataset.live = state;
    live.textContent = state === 'open' ? 'Live' : state === 'retrying' ? 'Reconnecting…' : '';
    live.title = state === 'open' ? 'New items arrive live' : '';
  });
}

function route(focus = true) {
  if (!views) return;
  const view = VIEWS.includes(location.hash.slice(1)) ? location.hash.slice(1) : 'queues';
  for (const v of VIEWS) $(`view-${v}`).hidden = v !== view;
  for (const a of $('nav').querySelectorAll('a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (view === 'audit') views.audit.load();
  if (view === 'settings') views.settings.load();
  if (focus) (view === 'queues' ? views.queues.focus() : $(`view-${view}`).querySelector('h1')?.focus());
}
window.addEventListener('hashchange', () => route(true));

const typing = (el) => el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

document.addEventListener('keydown', (e) => {
  if (!views || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  if ($('help').open) return;
  if (typing(e.target)) {
    // Escape leaves a filter field and goes back to the list.
    if (e.key === 'Escape' && e.target.closest('.filters')) { e.target.blur(); views.queues.focus(); }
    return;
  }
  if (e.key === '?') { e.preventDefault(); $('help').showModal(); return; }
  if (!$('view-queues').hidden && views.queues.onKey(e)) e.preventDefault();
});

const site = siteFromUrl();
if (session.load(site)) {
  api('GET', '/me').then(start, (e) => {
    // An expired or revoked token: back to sign-in without a scary message; a network failure says so.
    if (e instanceof ApiError && e.status !== 0) session.clear();
    showSignIn(e instanceof ApiError && e.status !== 0 ? '' : messageOf(e));
  });
} else {
  session.site = site;
  showSignIn();
}
