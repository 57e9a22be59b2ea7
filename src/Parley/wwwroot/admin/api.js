// The workspace's only door to the server: bearer token on every call, ProblemDetails turned into words.
const TOKEN_KEY = (site) => `parley.admin.${site}`;

export class ApiError extends Error {
  constructor(status, code, detail) {
    super(detail || code);
    this.status = status;
    this.code = code;
  }
}

// Sentences for the server's stable error codes. Unknown codes fall back to the server's own `detail` sentence.
const MESSAGES = {
  network: 'Could not reach the Parley server. Check the connection and try again.',
  invalid_credentials: 'User name or password is wrong.',
  site_not_found: 'This account is not a moderator of that site, or the site does not exist.',
  admin_only: 'Only site admins can do this.',
  forbidden: 'You are not allowed to do this.',
  comment_not_found: 'That comment no longer exists on this site.',
  comment_deleted: 'The author deleted this comment; there is nothing to moderate.',
  commenter_not_found: 'There is no such account on this site.',
  sanction_not_found: 'That sanction no longer exists.',
  cannot_sanction_staff: 'Moderators and admins cannot be sanctioned. Change their role first.',
  cannot_demote_self: 'Ask another admin to change your own role.',
  invalid_duration: 'A suspension lasts 1 to 3650 days.',
  invalid_ids: 'Select between 1 and 200 comments.',
  invalid_name: 'A site name is 1 to 200 characters.',
  invalid_origin: 'An allowed origin looks like https://news.example (scheme, host and optional port, no path).',
  invalid_thresholds: 'Each threshold is a number between 0 and 1.',
  invalid_role: 'A role is commenter, moderator or admin.',
  invalid_user_name: 'A user name is 3–40 letters, digits, dots, dashes or underscores.',
  note_empty: 'Write a note first.',
  invalid_reason: 'A reason is short plain text, without control characters.',
  rate_limited: 'Too many requests. Wait a moment and try again.',
  body_too_large: 'That is too much text for one request.',
  internal_error: 'The server failed. Try again; if it keeps failing, check the server log.',
};

export function messageOf(error) {
  if (error instanceof ApiError) {
    return MESSAGES[error.code] || (error.message && error.message !== error.code ? error.message : `The server refused this (${error.status}).`);
  }
  return MESSAGES.network;
}

export const session = {
  site: '',
  token: '',
  load(site) {
    this.site = site;
    this.token = sessionStorage.getItem(TOKEN_KEY(site)) || '';
    return this.token;
  },
  save(site, token) {
    this.site = site;
    this.token = token;
    sessionStorage.setItem(TOKEN_KEY(site), token);
  },
  clear() {
    if (this.site) sessionStorage.removeItem(TOKEN_KEY(this.site));
    this.token = '';
  },
};

const base = () => `/api/admin/sites/${encodeURIComponent(session.site)}`;

async function send(url, { method = 'GET', body, type, raw = false, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = type || 'application/json';
    payload = type ? body : JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(url, { method, headers, body: payload, signal, cache: 'no-store' });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '');
  }
  if (!res.ok) {
    let problem = {};
    try { problem = await res.json(); } catch { /* not JSON: keep the status only */ }
    const error = new ApiError(res.status, problem.code || `http_${res.status}`, problem.detail || '');
    // An expired session or a revoked role ends the workspace session wherever the call was made.
    if (session.token && url.startsWith('/api/admin/') && (res.status === 401 || error.code === 'site_not_found')) {
      window.dispatchEvent(new CustomEvent('parley:session-lost', { detail: error }));
    }
    throw error;
  }
  if (raw) return res;
  return res.status === 204 ? null : res.json();
}

/** Calls the admin API of the current site: api('GET', '/counts'). */
export const api = (method, path, body, options = {}) => send(base() + path, { method, body, ...options });

export const signIn = (site, userName, password) =>
  send(`/api/v1/sites/${encodeURIComponent(site)}/auth/signin`, { method: 'POST', body: { userName, password } });

/** Builds a query string, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The workspace's event stream. EventSource cannot send an Authorization header, so the stream is read with
 * fetch(); a dropped connection is retried with a growing delay (3 s up to 30 s) until stop() is called.
 */
export function listen(onEvent, onState) {
  const controller = new AbortController();
  let delay = 3000;
  let stopped = false;
  const run = async () => {
    while (!stopped) {
      try {
        const res = await send(`${base()}/events`, { raw: true, signal: controller.signal });
        onState('open');
        delay = 3000;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n?/g, '\n');
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = parseEvent(block);
            if (event) onEvent(event);
          }
        }
      } catch (e) {
        if (stopped || e.name === 'AbortError') return;
        if (e instanceof ApiError && e.status === 404) { onState('denied'); return; }
      }
      if (stopped) return;
      onState('retrying');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30000);
    }
  };
  run();
  return () => { stopped = true; controller.abort(); onState('closed'); };
}

function parseEvent(block) {
  let type = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) type = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (!data.length) return null;
  try { return { type, data: JSON.parse(data.join('\n')) }; } catch { return { type, data: {} }; }
}
