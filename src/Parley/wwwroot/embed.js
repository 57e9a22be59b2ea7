/*! Parley comment widget. Dependency-free; renders into a Shadow DOM; bearer tokens only, no cookies. See docs/widget.md. */
(() => {
  'use strict';
  const S = document.currentScript || document.querySelector('script[src*="embed.js"][data-site]');
  if (!S) return;
  const D = S.dataset;
  const BASE = new URL('.', S.src).href;
  const API = `${BASE}api/v1/sites/${encodeURIComponent(D.site || 'demo')}/`;
  const LANG = /^de/i.test(D.lang || navigator.language || '') ? 'de' : 'en';

  // ---- UI strings: one table per language; {0} is replaced by the argument. ----
  const STR = {
    en: {
      title: 'Comments', n: ['{0} comment', '{0} comments'], sort: 'Sort by', newest: 'Newest', oldest: 'Oldest', best: 'Best',
      write: 'Write a comment', replyTo: 'Reply to {0}', editing: 'Edit your comment', name: 'Your name', post: 'Post comment',
      postReply: 'Post reply', save: 'Save', cancel: 'Cancel', reply: 'Reply', edit: 'Edit', del: 'Delete',
      askDel: 'Delete this comment?', yesDel: 'Yes, delete', keep: 'Keep it', up: 'Upvote', down: 'Downvote', flag: 'Report',
      why: 'Why are you reporting this comment?', abusive: 'Abusive or hateful', spam: 'Spam', off_topic: 'Off topic',
      misinformation: 'Misinformation', other: 'Something else', details: 'Details (optional)', send: 'Send report',
      flagged: 'Thank you. A moderator will review this comment.', signIn: 'Sign in', register: 'Create account', signOut: 'Sign out',
      user: 'User name', pass: 'Password (at least 10 characters)', display: 'Display name (optional)', email: 'Email (optional)',
      as: 'Signed in as {0}', guestAs: 'Commenting as {0}', pending: 'Awaiting moderation. Only you can see this comment.',
      rejected: 'This comment was not published.', deleted: 'This comment was deleted.', edited: 'edited',
      inReply: 'in reply to {0}', inReplyDeleted: 'in reply to a deleted comment', link: 'Link to this comment',
      more: 'Load more comments', loading: 'Loading comments…', fresh: ['{0} new comment', '{0} new comments'],
      none: 'No comments yet. Start the discussion!', closed: 'Comments are closed for this story.',
      nudgeTitle: 'Before you post', nudgeText: 'Some words in your comment (highlighted) may break the discussion rules. You can edit it, or post it anyway and a moderator will review it first.',
      nudgeEdit: 'Edit my comment', nudgeInsist: 'Post anyway', seems: 'It may come across as {0}.',
      lab: { TOXICITY: 'toxic', SEVERE_TOXICITY: 'very toxic', INSULT: 'insulting', IDENTITY_ATTACK: 'attacking a group of people', PROFANITY: 'profane', THREAT: 'threatening' }, posted: 'Your comment was posted.', held: 'Your comment was sent to the moderators.',
      removed: 'Comment deleted.', saved: 'Comment updated.', votes: '{0} votes', hint: 'Markdown: *italic*, **bold**, [link](https://…), > quote. Ctrl+Enter posts.',
      err: {
        error: 'Something went wrong. Please try again.', network: 'Could not reach the comment server. Please try again.',
        comment_empty: 'Please write something first.', comment_too_long: 'Your comment is too long. Please shorten it.',
        body_too_large: 'Your comment is too long. Please shorten it.', control_characters: 'Your text contains invisible control characters. Please remove them.',
        invalid_encoding: 'Your text contains invalid characters.', display_name_required: 'Please enter a name to post as a guest.',
        invalid_display_name: 'Please choose a name of 1 to 50 visible characters on one line.', invalid_email: 'That email address is not valid.',
        story_closed: 'Comments are closed for this story.', rate_limited: 'You are posting too fast. Please wait {0} seconds.',
        edit_window_closed: 'The time for editing this comment has passed.', not_author: 'Only the author can change this comment.',
        own_comment: 'You cannot vote on your own comment.', already_flagged: 'You have already reported this comment.',
        flag_text_required: 'Please say what is wrong.', invalid_flag_text: 'Your explanation is too long.',
        invalid_credentials: 'User name or password is wrong.', user_name_taken: 'That user name is already taken.',
        weak_password: 'Please choose a password of at least 10 characters.', invalid_user_name: 'A user name is 3 to 40 letters, digits, dots, dashes or underscores.',
        unauthorized: 'Your session has ended. Please sign in again.', token_wrong_site: 'Your session has ended. Please sign in again.',
        comment_not_found: 'This comment no longer exists.', comment_deleted: 'This comment was deleted.',
        parent_not_found: 'The comment you are replying to is no longer available.', parent_not_available: 'The comment you are replying to is no longer available.',
        story_not_found: 'This page is not set up for comments.', site_not_found: 'This site is not set up for comments.',
        forbidden: 'You are not allowed to do this.', refused: 'Your comment could not be posted.', need_name: 'Enter your name in the comment form or sign in first.',
      },
    },
    de: {
      title: 'Kommentare', n: ['{0} Kommentar', '{0} Kommentare'], sort: 'Sortieren nach', newest: 'Neueste', oldest: 'Älteste', best: 'Beste',
      write: 'Kommentar schreiben', replyTo: 'Antwort an {0}', editing: 'Kommentar bearbeiten', name: 'Ihr Name', post: 'Kommentar senden',
      postReply: 'Antwort senden', save: 'Speichern', cancel: 'Abbrechen', reply: 'Antworten', edit: 'Bearbeiten', del: 'Löschen',
      askDel: 'Diesen Kommentar löschen?', yesDel: 'Ja, löschen', keep: 'Behalten', up: 'Positiv bewerten', down: 'Negativ bewerten', flag: 'Melden',
      why: 'Warum melden Sie diesen Kommentar?', abusive: 'Beleidigend oder hasserfüllt', spam: 'Spam', off_topic: 'Am Thema vorbei',
      misinformation: 'Falschinformation', other: 'Etwas anderes', details: 'Details (optional)', send: 'Meldung senden',
      flagged: 'Danke. Ein Moderator prüft diesen Kommentar.', signIn: 'Anmelden', register: 'Konto anlegen', signOut: 'Abmelden',
      user: 'Benutzername', pass: 'Passwort (mindestens 10 Zeichen)', display: 'Anzeigename (optional)', email: 'E-Mail (optional)',
      as: 'Angemeldet als {0}', guestAs: 'Sie kommentieren als {0}', pending: 'Wartet auf Moderation. Nur Sie sehen diesen Kommentar.',
      rejected: 'Dieser Kommentar wurde nicht veröffentlicht.', deleted: 'Dieser Kommentar wurde gelöscht.', edited: 'bearbeitet',
      inReply: 'Antwort an {0}', inReplyDeleted: 'Antwort auf einen gelöschten Kommentar', link: 'Link zu diesem Kommentar',
      more: 'Weitere Kommentare laden', loading: 'Kommentare werden geladen…', fresh: ['{0} neuer Kommentar', '{0} neue Kommentare'],
      none: 'Noch keine Kommentare. Beginnen Sie die Diskussion!', closed: 'Die Kommentare zu diesem Artikel sind geschlossen.',
      nudgeTitle: 'Bevor Sie senden', nudgeText: 'Einige Wörter in Ihrem Kommentar (markiert) verstoßen möglicherweise gegen die Diskussionsregeln. Sie können ihn bearbeiten oder trotzdem senden; dann prüft ihn zuerst ein Moderator.',
      nudgeEdit: 'Kommentar bearbeiten', nudgeInsist: 'Trotzdem senden', seems: 'Er könnte so wirken: {0}.',
      lab: { TOXICITY: 'toxisch', SEVERE_TOXICITY: 'sehr toxisch', INSULT: 'beleidigend', IDENTITY_ATTACK: 'abwertend gegenüber einer Gruppe', PROFANITY: 'vulgär', THREAT: 'bedrohlich' }, posted: 'Ihr Kommentar wurde veröffentlicht.', held: 'Ihr Kommentar wurde an die Moderation geschickt.',
      removed: 'Kommentar gelöscht.', saved: 'Kommentar aktualisiert.', votes: '{0} Stimmen', hint: 'Markdown: *kursiv*, **fett**, [Link](https://…), > Zitat. Strg+Enter sendet.',
      err: {
        error: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.', network: 'Der Kommentar-Server ist nicht erreichbar. Bitte versuchen Sie es erneut.',
        comment_empty: 'Bitte schreiben Sie zuerst etwas.', comment_too_long: 'Ihr Kommentar ist zu lang. Bitte kürzen Sie ihn.',
        body_too_large: 'Ihr Kommentar ist zu lang. Bitte kürzen Sie ihn.', control_characters: 'Ihr Text enthält unsichtbare Steuerzeichen. Bitte entfernen Sie sie.',
        invalid_encoding: 'Ihr Text enthält ungültige Zeichen.', display_name_required: 'Bitte geben Sie einen Namen ein, um als Gast zu kommentieren.',
        invalid_display_name: 'Bitte wählen Sie einen Namen mit 1 bis 50 sichtbaren Zeichen in einer Zeile.', invalid_email: 'Diese E-Mail-Adresse ist ungültig.',
        story_closed: 'Die Kommentare zu diesem Artikel sind geschlossen.', rate_limited: 'Sie schreiben zu schnell. Bitte warten Sie {0} Sekunden.',
        edit_window_closed: 'Die Zeit zum Bearbeiten dieses Kommentars ist abgelaufen.', not_author: 'Nur der Autor kann diesen Kommentar ändern.',
        own_comment: 'Sie können Ihren eigenen Kommentar nicht bewerten.', already_flagged: 'Sie haben diesen Kommentar bereits gemeldet.',
        flag_text_required: 'Bitte beschreiben Sie das Problem.', invalid_flag_text: 'Ihre Erklärung ist zu lang.',
        invalid_credentials: 'Benutzername oder Passwort ist falsch.', user_name_taken: 'Dieser Benutzername ist bereits vergeben.',
        weak_password: 'Bitte wählen Sie ein Passwort mit mindestens 10 Zeichen.', invalid_user_name: 'Ein Benutzername hat 3 bis 40 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche.',
        unauthorized: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', token_wrong_site: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
        comment_not_found: 'Diesen Kommentar gibt es nicht mehr.', comment_deleted: 'Dieser Kommentar wurde gelöscht.',
        parent_not_found: 'Der Kommentar, auf den Sie antworten, ist nicht mehr verfügbar.', parent_not_available: 'Der Kommentar, auf den Sie antworten, ist nicht mehr verfügbar.',
        story_not_found: 'Diese Seite ist nicht für Kommentare eingerichtet.', site_not_found: 'Diese Website ist nicht für Kommentare eingerichtet.',
        forbidden: 'Das dürfen Sie nicht.', refused: 'Ihr Kommentar konnte nicht gesendet werden.', need_name: 'Geben Sie zuerst im Kommentarfeld Ihren Namen ein oder melden Sie sich an.',
      },
    },
  };
  const T = STR[LANG];
  const fmt = (s, a) => s.replace('{0}', a);
  const plural = (pair, n) => fmt(pair[n === 1 ? 0 : 1], n.toLocaleString(LANG));
  const errText = e => fmt(T.err[e.code] || T.err.error, e.retry || 60);

  // ---- Storage: first-party localStorage of the host page (works with third-party cookies blocked). ----
  const KEY = 'parley:' + API;
  const store = {
    get(k, d) { try { return JSON.parse(localStorage.getItem(KEY + k)) ?? d; } catch { return d; } },
    set(k, v) { try { v == null ? localStorage.removeItem(KEY + k) : localStorage.setItem(KEY + k, JSON.stringify(v)); } catch { /* storage blocked: session only */ } },
  };
  let auth = store.get('auth', null); // {token, me:{id, displayName, kind, role, userName}}
  const sources = store.get('src', {}); // own comment id -> markdown, for editing

  // ---- Helpers ----
  const h = (tag, props, ...kids) => {
    const el = document.createElement(tag);
    for (const k in props) {
      const v = props[k];
      if (v == null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.className = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of kids.flat()) if (c != null && c !== false) el.append(c);
    return el;
  };
  let uid = 0;
  const field = (label, input) => { input.id ||= 'pf' + ++uid; return h('div', { class: 'f' }, h('label', { for: input.id }, label), input); };
  const btn = (text, onclick, props) => h('button', { type: 'button', onclick, ...props }, text);

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (auth) headers.Authorization = 'Bearer ' + auth.token;
    let r;
    try {
      r = await fetch(API + path, { method, headers, body: body && JSON.stringify(body), credentials: 'omit', cache: 'no-store' });
    } catch {
      throw { code: 'network' };
    }
    if (r.status === 204) return null;
    const j = await r.json().catch(() => null);
    if (r.ok) return j;
    const e = { code: (j && j.code) || (r.status === 429 ? 'rate_limited' : 'error'), p: j || {}, retry: r.headers.get('Retry-After') };
    if (e.code === 'unauthorized' || e.code === 'token_wrong_site') setAuth(null);
    throw e;
  }

  // Server HTML is already sanitised; it is rebuilt here from an allow-list anyway (defence in depth).
  const TAGS = /^(P|BR|EM|STRONG|DEL|A|BLOCKQUOTE|UL|OL|LI|CODE|PRE)$/;
  function clean(html) {
    const t = document.createElement('template');
    t.innerHTML = html || '';
    const walk = (src, dst) => {
      for (const n of src.childNodes) {
        if (n.nodeType === 3) dst.append(n.data);
        if (n.nodeType !== 1) continue;
        const tag = n.nodeName.toUpperCase();
        if (!TAGS.test(tag)) {
          if (!/^(SCRIPT|STYLE|TEMPLATE|IFRAME|OBJECT|EMBED|SVG|MATH|NOSCRIPT)$/.test(tag)) walk(n, dst);
          continue;
        }
        const e = document.createElement(tag);
        if (tag === 'A') {
          try {
            const u = new URL(n.getAttribute('href'), location.href);
            if (/^(https?|mailto):$/.test(u.protocol)) Object.assign(e, { href: u.href, rel: 'nofollow ugc noopener noreferrer', target: '_blank' });
          } catch { /* no link */ }
        }
        if (tag === 'OL' && +n.getAttribute('start') > 0) e.start = +n.getAttribute('start');
        walk(n, e);
        dst.append(e);
      }
    };
    const f = document.createDocumentFragment();
    walk(t.content, f);
    return f;
  }

  // A rough Markdown source from rendered HTML, for editing comments written in another browser.
  function toSource(html) {
    const f = clean(html);
    const out = (n) => [...n.childNodes].map(c => {
      if (c.nodeType === 3) return c.data;
      const inner = out(c), tag = c.nodeName;
      return tag === 'P' ? inner + '\n\n' : tag === 'BR' ? '\n' : tag === 'LI' ? '- ' + inner + '\n' : tag === 'EM' ? `*${inner}*`
        : tag === 'STRONG' ? `**${inner}**` : tag === 'CODE' ? '`' + inner + '`' : tag === 'BLOCKQUOTE' ? '> ' + inner.trim() + '\n\n'
        : tag === 'A' && c.href && c.href !== inner ? `[${inner}](${c.href})` : inner;
    }).join('');
    return out(f).trim();
  }

  const date = s => new Date(/[Zz+]|-\d\d:\d\d$/.test(s) ? s : s + 'Z');
  const RTF = new Intl.RelativeTimeFormat(LANG, { numeric: 'auto' });
  function ago(s) {
    const sec = Math.min(0, (date(s) - Date.now()) / 1000), a = -sec; // never "in 2 minutes" on a slow client clock
    const [v, u] = a < 60 ? [0, 'second'] : a < 3600 ? [sec / 60, 'minute'] : a < 86400 ? [sec / 3600, 'hour']
      : a < 2592000 ? [sec / 86400, 'day'] : a < 31536000 ? [sec / 2592000, 'month'] : [sec / 31536000, 'year'];
    return RTF.format(Math.round(v), u);
  }
  const exact = s => date(s).toLocaleString(LANG, { dateStyle: 'long', timeStyle: 'short' });

  // ---- Mount ----
  const hostEl = document.getElementById(D.target || 'parley') || S.insertAdjacentElement('afterend', h('div', { id: 'parley' }));
  const root = hostEl.shadowRoot || hostEl.attachShadow({ mode: 'open' });
  const wrap = h('section', { class: 'p' + (D.theme ? ' ' + D.theme : ''), 'aria-label': T.title, lang: LANG, hidden: true });
  const css = h('link', { rel: 'stylesheet', href: BASE + 'embed.css' });
  const show = () => { wrap.hidden = false; };
  css.onload = css.onerror = show;
  setTimeout(show, 3000);
  root.replaceChildren(css, wrap);

  const canonical = document.querySelector('link[rel=canonical]');
  const storyUrl = D.storyUrl || (canonical && canonical.href) || location.href.split('#')[0];
  const ogTitle = document.querySelector('meta[property="og:title"]');
  const storyTitle = D.storyTitle || (ogTitle && ogTitle.content) || document.title;

  const heading = h('h2', { class: 'hd' }, T.title);
  const sortSel = h('select', { onchange: () => { sort = sortSel.value; load(true); } },
    ['newest', 'oldest', 'best'].map(s => h('option', { value: s }, T[s])));
  const bar = h('div', { class: 'bar' });
  const authSlot = h('div');
  const composerSlot = h('div');
  const freshBtn = btn('', () => showFresh(), { class: 'fresh', hidden: true, 'aria-live': 'off' });
  const list = h('ol', { class: 'list', 'aria-label': T.title, 'aria-busy': 'true' });
  const status = h('p', { class: 'empty' }, T.loading);
  const moreBtn = btn(T.more, () => load(false), { class: 'more', hidden: true });
  const announcer = h('div', { class: 'sr', 'aria-live': 'polite', role: 'status' });
  const alerter = h('div', { class: 'sr', 'aria-live': 'assertive', role: 'alert' });
  wrap.append(h('div', { class: 'top' }, heading, field(T.sort, sortSel)), bar, authSlot, composerSlot, freshBtn, status, list, moreBtn, announcer, alerter);
  let sayTimer;
  const say = (text, urgent) => {
    const r = urgent ? alerter : announcer;
    clearTimeout(sayTimer);
    r.textContent = '';
    sayTimer = setTimeout(() => { r.textContent = text; }, 50);
  };

  // ---- State ----
  let sort = D.sort || 'newest', story = null, cursor = null, editWindow = 15, maxDepth = 3, count = 0;
  sortSel.value = sort;
  const nodes = new Map(); // id -> {c, li, art, kids}
  let votes = {}; // comment id -> this commenter's vote, kept locally: the thread does not say it
  const fresh = new Set();

  function setAuth(a) {
    auth = a;
    votes = a ? store.get('v' + a.me.id, {}) : {};
    store.set('auth', a);
    drawBar();
  }

  function drawBar() {
    const me = auth && auth.me;
    bar.replaceChildren(me
      ? h('p', {}, fmt(me.kind === 'guest' ? T.guestAs : T.as, me.displayName), ' ', btn(T.signOut, signOut, { class: 'link' }))
      : h('p', {}, btn(T.signIn, () => authForm(false), { class: 'link' }), ' ', btn(T.register, () => authForm(true), { class: 'link' })));
    drawComposer();
  }

  function drawComposer() {
    const focused = composerSlot.contains(root.activeElement);
    const typed = (composerSlot.querySelector('textarea') || {}).value;
    composerSlot.replaceChildren(story && !story.isOpen ? h('p', { class: 'note' }, T.closed) : composer({
      label: T.write,
      done: c => { insert(c, null); say(c.status === 'published' ? T.posted : T.held); },
    }));
    const ta = composerSlot.querySelector('textarea');
    if (ta && typed) ta.value = typed;
    if (focused && ta) ta.focus();
  }

  async function signOut() {
    try { await api('POST', 'auth/signout'); } catch { /* the token is dropped either way */ }
    setAuth(null);
    load(true);
  }

  function authForm(isRegister) {
    const user = h('input', { autocomplete: 'username', required: true, maxlength: 40 });
    const pass = h('input', { type: 'password', autocomplete: isRegister ? 'new-password' : 'current-password', required: true });
    const disp = h('input', { autocomplete: 'nickname', maxlength: 50 });
    const mail = h('input', { type: 'email', autocomplete: 'email' });
    const error = h('p', { class: 'err', role: 'alert' });
    const form = h('form', {
      class: 'box', 'aria-label': isRegister ? T.register : T.signIn,
      onsubmit: async ev => {
        ev.preventDefault();
        error.textContent = '';
        const body = { userName: user.value.trim(), password: pass.value };
        if (isRegister) Object.assign(body, { displayName: disp.value.trim() || null, email: mail.value.trim() || null });
        try {
          const r = await api('POST', isRegister ? 'auth/register' : 'auth/signin', body);
          authSlot.replaceChildren();
          setAuth({ token: r.token, me: r.commenter });
          say(fmt(T.as, r.commenter.displayName));
          load(true);
        } catch (e) {
          error.textContent = errText(e);
        }
      },
    }, field(T.user, user), field(T.pass, pass), isRegister && [field(T.display, disp), field(T.email, mail)], error,
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, isRegister ? T.register : T.signIn), btn(T.cancel, () => authSlot.replaceChildren())));
    authSlot.replaceChildren(form);
    user.focus();
  }

  // Voting and flagging need an identity: a guest with a name gets one on the fly.
  async function identity() {
    if (auth) return;
    const name = (composerSlot.querySelector('input.name') || {}).value || store.get('name', '');
    if (!name.trim()) throw { code: 'need_name' };
    const r = await api('POST', 'auth/guest', { displayName: name.trim() });
    setAuth({ token: r.token, me: r.commenter });
  }

  // ---- Composer: new comment, reply or edit; handles the moderation nudge. ----
  function composer({ label, done, cancel, parentId, edit, initial }) {
    const ta = h('textarea', { rows: 4, 'aria-required': 'true', maxlength: 20000, 'aria-describedby': 'ph' + ++uid });
    ta.value = initial || '';
    const hint = h('p', { class: 'hint', id: 'ph' + uid }, T.hint);
    const guest = !auth && !edit;
    const name = guest && h('input', { class: 'name', autocomplete: 'nickname', maxlength: 50, value: store.get('name', '') });
    const error = h('p', { class: 'err', role: 'alert' });
    const nudge = h('div');
    const submit = h('button', { type: 'submit', class: 'primary' }, edit ? T.save : parentId ? T.postReply : T.post);
    let busy = false;
    const send = async insist => {
      if (busy) return;
      error.textContent = '';
      nudge.replaceChildren();
      const body = { body: ta.value, insist };
      if (!edit) Object.assign(body, { storyId: story.id, parentId: parentId || null });
      if (guest) {
        body.displayName = name.value.trim();
        store.set('name', body.displayName);
      }
      busy = true;
      submit.setAttribute('aria-busy', 'true');
      try {
        const r = edit ? await api('PATCH', 'comments/' + edit.id, body) : await api('POST', 'comments', body);
        const c = edit ? r : r.comment;
        sources[c.id] = ta.value;
        store.set('src', Object.fromEntries(Object.entries(sources).slice(-50)));
        ta.value = '';
        if (r.token) setAuth({ token: r.token, me: { id: c.author.id, displayName: c.author.name, kind: 'guest', role: 'commenter' } });
        done(c);
      } catch (e) {
        if (e.code === 'nudge') {
          nudge.replaceChildren(nudgeBox(body.body, e.p.nudge, () => ta.focus(), () => send(true)));
          nudge.querySelector('button').focus();
        } else {
          error.textContent = errText(e);
          ta.focus();
        }
      } finally {
        busy = false;
        submit.removeAttribute('aria-busy');
      }
    };
    const form = h('form', {
      class: 'compose', 'aria-label': label,
      onsubmit: ev => { ev.preventDefault(); if (story) send(false); },
    }, field(label, ta), hint, name && field(T.name, name), error, nudge,
    h('div', { class: 'row' }, submit, cancel && btn(T.cancel, cancel)));
    ta.addEventListener('keydown', ev => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey) && story) { ev.preventDefault(); send(false); } });
    return form;
  }

  // Highlights nudge.spans[].begin/end (UTF-16 offsets into the submitted text), overlapping spans merged.
  function nudgeBox(text, nudge, onEdit, onInsist) {
    const spans = ((nudge && nudge.spans) || []).map(s => [Math.max(0, s.begin | 0), Math.min(text.length, s.end | 0)])
      .filter(([b, e]) => e > b).sort((a, b) => a[0] - b[0]);
    const quote = h('blockquote', { class: 'q' });
    let at = 0;
    for (const [b, e] of spans) {
      if (e <= at) continue;
      const from = Math.max(b, at);
      quote.append(text.slice(at, from), h('mark', {}, text.slice(from, e)));
      at = e;
    }
    quote.append(text.slice(at));
    // labels: [{label, score}] (or plain names); only known labels are put into words.
    const words = [...new Set(((nudge && nudge.labels) || []).map(l => T.lab[(l && l.label) || l]).filter(Boolean))];
    const box = h('div', { class: 'nudge', role: 'alertdialog', 'aria-labelledby': 'pn' + ++uid, 'aria-describedby': 'pd' + uid },
      h('strong', { id: 'pn' + uid }, T.nudgeTitle), h('p', { id: 'pd' + uid }, T.nudgeText, words.length ? ' ' + fmt(T.seems, words.join(', ')) : ''), quote,
      h('div', { class: 'row' }, btn(T.nudgeEdit, () => { box.remove(); onEdit(); }), btn(T.nudgeInsist, () => { box.remove(); onInsist(); }, { class: 'primary' })));
    return box;
  }

  // ---- Comments ----
  const mine = c => auth && c.author && auth.me.id === c.author.id;
  const editable = c => mine(c) && c.status !== 'deleted' && date(c.createdAt) > Date.now() - editWindow * 60000;

  function render(c) {
    const id = c.id, dead = c.status === 'deleted';
    const art = h('article', { class: 'c' + (dead ? ' dead' : '') + (c.status === 'pending' ? ' held' : ''), id: 'parley-comment-' + id, tabindex: -1, 'aria-labelledby': 'pa' + id });
    const kids = h('ol', { class: 'kids' });
    const li = h('li', {}, art, kids);
    const n = { c, li, art, kids };
    nodes.set(id, n);
    fill(n);
    for (const r of c.replies || []) if (!nodes.has(r.id)) kids.append(render(r));
    return li;
  }

  function fill(n) {
    const c = n.c, id = c.id, art = n.art;
    const when = h('a', { class: 'when', href: '#parley-comment-' + id, 'aria-label': T.link + ', ' + exact(c.createdAt) },
      h('time', { datetime: c.createdAt, title: exact(c.createdAt), 'data-t': c.createdAt }, ago(c.createdAt)));
    const reply = c.replyTo && h('a', { class: 'rt', href: '#parley-comment-' + c.replyTo.id }, c.replyTo.author ? fmt(T.inReply, c.replyTo.author) : T.inReplyDeleted);
    if (c.status === 'deleted') {
      art.replaceChildren(h('header', { class: 'meta', id: 'pa' + id }, T.deleted, ' ', when, reply));
      return;
    }
    const slot = h('div', { class: 'slot' });
    const upBtn = btn('▲', () => vote(n, 1), { class: 'v', 'aria-label': T.up, 'aria-pressed': String(votes[id] === 1) });
    const downBtn = btn('▼', () => vote(n, -1), { class: 'v', 'aria-label': T.down, 'aria-pressed': String(votes[id] === -1) });
    const published = c.status === 'published';
    art.replaceChildren(...[
      h('header', { class: 'meta' }, h('strong', { class: 'au', id: 'pa' + id }, c.author.name), c.author.role && h('span', { class: 'role' }, c.author.role),
        ' ', when, c.editedAt && h('span', { class: 'ed' }, '(' + T.edited + ')'), reply),
      c.status !== 'published' && h('p', { class: 'note' }, c.status === 'pending' ? T.pending : T.rejected),
      h('div', { class: 'body' }, clean(c.html)),
      h('div', { class: 'acts' },
        published && [upBtn, h('span', { class: 'score', title: fmt(T.votes, c.upvotes + c.downvotes) }, String(c.upvotes - c.downvotes)), downBtn],
        published && story.isOpen && btn(T.reply, () => replyTo(n), { 'aria-expanded': 'false', class: 'reply' }),
        editable(c) && btn(T.edit, () => editOf(n)),
        mine(c) && btn(T.del, () => askDelete(n)),
        published && !mine(c) && btn(T.flag, () => flagOf(n), { class: 'flag' })),
      slot].filter(Boolean));
    n.slot = slot;
  }

  // One inline form per comment (reply, edit, report, delete); Escape or Cancel closes it and returns focus.
  function openSlot(n, el) {
    const opener = root.activeElement, reply = n.art.querySelector('.reply');
    if (reply) reply.setAttribute('aria-expanded', 'false');
    n.close = () => {
      n.slot.replaceChildren();
      if (reply) reply.setAttribute('aria-expanded', 'false');
      (opener && opener.isConnected ? opener : n.art).focus();
    };
    el.addEventListener('keydown', ev => { if (ev.key === 'Escape') { ev.preventDefault(); n.close(); } });
    n.slot.replaceChildren(el);
    const first = el.querySelector('textarea, input, button');
    if (first) first.focus();
  }
  const slotError = (n, e) => { n.slot.replaceChildren(h('p', { class: 'err', role: 'alert' }, errText(e))); };

  function replyTo(n) {
    openSlot(n, composer({
      label: fmt(T.replyTo, n.c.author.name), parentId: n.c.id, cancel: () => n.close(),
      done: c => { n.close(); insert(c, n); say(c.status === 'published' ? T.posted : T.held); },
    }));
    n.art.querySelector('.reply').setAttribute('aria-expanded', 'true');
  }

  function editOf(n) {
    openSlot(n, composer({
      label: T.editing, edit: n.c, initial: sources[n.c.id] || toSource(n.c.html), cancel: () => n.close(),
      done: c => { n.c = { ...n.c, ...c, replies: [], replyTo: n.c.replyTo }; fill(n); say(T.saved); n.art.focus(); },
    }));
  }

  function askDelete(n) {
    openSlot(n, h('div', { class: 'box', role: 'group', 'aria-label': T.askDel }, h('p', {}, T.askDel), h('div', { class: 'row' },
      btn(T.yesDel, async () => {
        try {
          await api('DELETE', 'comments/' + n.c.id);
          if (n.c.status === 'published') setCount(count - 1);
          if (n.kids.children.length) { n.c = { ...n.c, status: 'deleted' }; fill(n); } else { n.li.remove(); nodes.delete(n.c.id); }
          say(T.removed);
          (n.art.isConnected ? n.art : heading).focus();
        } catch (e) { slotError(n, e); }
      }, { class: 'danger' }),
      btn(T.keep, () => n.close()))));
  }

  async function vote(n, v) {
    const value = votes[n.c.id] === v ? 0 : v;
    try {
      await identity();
      const r = await api('PUT', `comments/${n.c.id}/vote`, { value });
      votes[n.c.id] = r.value;
      store.set('v' + auth.me.id, Object.fromEntries(Object.entries(votes).filter(e => e[1]).slice(-300)));
      n.c = { ...n.c, upvotes: r.upvotes, downvotes: r.downvotes };
      const [up, score, down] = n.art.querySelectorAll('.acts .v, .acts .score');
      up.setAttribute('aria-pressed', String(r.value === 1));
      down.setAttribute('aria-pressed', String(r.value === -1));
      score.textContent = String(r.upvotes - r.downvotes);
      say(fmt(T.votes, r.upvotes - r.downvotes));
    } catch (e) { slotError(n, e); say(errText(e), true); }
  }

  function flagOf(n) {
    const name = 'pr' + ++uid;
    const text = h('textarea', { rows: 2, maxlength: 1000 });
    const error = h('p', { class: 'err', role: 'alert' });
    const form = h('form', {
      class: 'box',
      onsubmit: async ev => {
        ev.preventDefault();
        const picked = form.querySelector('input:checked');
        try {
          await identity();
          await api('POST', `comments/${n.c.id}/flags`, { reason: picked ? picked.value : 'other', text: text.value.trim() || null });
          n.slot.replaceChildren(h('p', { class: 'ok', role: 'status' }, T.flagged));
          const f = n.art.querySelector('.flag');
          if (f) f.disabled = true;
        } catch (e) { error.textContent = errText(e); }
      },
    }, h('fieldset', {}, h('legend', {}, T.why), ['abusive', 'spam', 'off_topic', 'misinformation', 'other'].map((r, i) =>
      h('label', { class: 'radio' }, h('input', { type: 'radio', name, value: r, checked: i === 0 }), ' ', T[r]))),
    field(T.details, text), error, h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, T.send), btn(T.cancel, () => n.close())));
    openSlot(n, form);
  }

  // A new comment of ours goes where the server would put it: flattened under its ancestor past maxDepth.
  function insert(c, parent) {
    if (fresh.delete(c.id)) announceFresh();
    if (nodes.has(c.id)) return;
    if (c.status === 'published') setCount(count + 1);
    if (!parent) {
      list.prepend(render(c));
    } else {
      const flat = c.depth > maxDepth;
      if (flat) c.replyTo = { id: parent.c.id, author: parent.c.author && parent.c.author.name };
      (flat && parent.c.depth > maxDepth ? parent.li.parentElement : parent.kids).append(render(c));
    }
    status.hidden = true;
  }

  function setCount(n) {
    count = Math.max(0, n);
    heading.textContent = plural(T.n, count);
  }

  // ---- Loading, pagination, permalinks ----
  async function fetchPage(after) {
    const q = new URLSearchParams({ sort });
    if (D.storyId) q.set('storyId', D.storyId);
    else { q.set('url', storyUrl); q.set('title', storyTitle); }
    if (after) q.set('cursor', after);
    return api('GET', 'thread?' + q);
  }

  async function load(reset) {
    moreBtn.disabled = true;
    list.setAttribute('aria-busy', 'true');
    try {
      const t = await fetchPage(reset ? null : cursor);
      const first = !story;
      story = t.story; editWindow = t.editWindowMinutes; maxDepth = t.maxDepth; cursor = t.nextCursor;
      if (reset) { list.replaceChildren(); nodes.clear(); fresh.clear(); freshBtn.hidden = true; }
      for (const c of t.comments) if (!nodes.has(c.id)) list.append(render(c));
      setCount(story.commentCount);
      status.textContent = T.none;
      status.hidden = nodes.size > 0;
      moreBtn.hidden = !cursor;
      if (first || reset) { drawComposer(); connect(); }
      return t;
    } catch (e) {
      status.hidden = false;
      status.textContent = errText(e);
      say(errText(e), true);
    } finally {
      moreBtn.disabled = false;
      list.removeAttribute('aria-busy');
    }
  }

  async function reveal() {
    const m = /^#parley-comment-(\d+)$/.exec(location.hash);
    if (!m) return;
    const id = +m[1];
    for (let i = 0; !nodes.has(id) && cursor && i < 20; i++) await load(false);
    const n = nodes.get(id);
    if (!n) return;
    for (const e of root.querySelectorAll('.hl')) e.classList.remove('hl');
    n.art.classList.add('hl');
    n.art.scrollIntoView({ block: 'center' });
    n.art.focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', reveal);

  // ---- Live updates: SSE; new comments wait behind a button so nothing moves under the reader. ----
  let es = null, backoff = 1000, dropped = false, retryTimer;
  function connect() {
    if (es) es.close();
    clearTimeout(retryTimer);
    if (!story || !window.EventSource) return;
    es = new EventSource(`${API}stories/${story.id}/events`);
    es.addEventListener('comment', ev => {
      const d = JSON.parse(ev.data);
      if (!nodes.has(d.commentId)) { fresh.add(d.commentId); announceFresh(); }
    });
    es.onopen = () => {
      wrap.dataset.live = 'open';
      backoff = 1000;
      if (dropped) { dropped = false; catchUp(); }
    };
    es.onerror = () => {
      dropped = true;
      wrap.dataset.live = 'closed';
      // EventSource retries by itself unless the server answered with an error: then we retry, backing off.
      if (es.readyState === 2) { retryTimer = setTimeout(connect, backoff); backoff = Math.min(backoff * 2, 30000); }
    };
  }

  const walk = (cs, f) => { for (const c of cs) { f(c); walk(c.replies || [], f); } };
  async function catchUp() {
    try {
      const t = await fetchPage(null);
      walk(t.comments, c => { if (!nodes.has(c.id) && c.status === 'published') fresh.add(c.id); });
      if (fresh.size) announceFresh();
    } catch { /* next event or reconnect tries again */ }
  }

  let freshTimer;
  function announceFresh() {
    freshBtn.textContent = plural(T.fresh, fresh.size);
    freshBtn.hidden = !fresh.size;
    clearTimeout(freshTimer);
    if (!fresh.size) return;
    freshTimer = setTimeout(() => say(plural(T.fresh, fresh.size)), 800);
  }

  async function showFresh() {
    const t = await fetchPage(null).catch(e => { say(errText(e), true); });
    if (!t) return;
    story = t.story;
    setCount(story.commentCount);
    const added = [];
    const top = t.comments.filter(c => !nodes.has(c.id));
    const lis = top.map(c => { added.push(c.id); return render(c); });
    if (sort === 'newest') list.prepend(...lis); else list.append(...lis);
    walk(t.comments, c => {
      const n = nodes.get(c.id);
      for (const r of c.replies || []) if (!nodes.has(r.id)) { added.push(r.id); n.kids.append(render(r)); }
      if (n && (n.c.html !== c.html || n.c.status !== c.status)) { n.c = { ...c, replies: [] }; fill(n); }
    });
    fresh.clear();
    freshBtn.hidden = true;
    status.hidden = nodes.size > 0;
    const first = nodes.get(added[0]);
    if (first) first.art.focus();
    say(plural(T.fresh, added.length));
  }

  setInterval(() => { for (const t of root.querySelectorAll('time[data-t]')) t.textContent = ago(t.dataset.t); }, 60000);

  setAuth(auth);
  load(true).then(reveal);
  // A token may have been signed out elsewhere or expired: api() forgets it on 401; the name may have changed.
  if (auth) api('GET', 'auth/me').then(me => auth && setAuth({ ...auth, me }), () => {});
})();
