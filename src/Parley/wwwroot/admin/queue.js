// The queues: tabs with counts, filters kept in the URL, the list with a roving cursor (j/k), decisions,
// bulk selection, thread-health alerts and live arrivals ("N new items", never shifting the list).
import { createAlerts } from './alerts.js';
import { api, messageOf, query } from './api.js';
import { ask, REASON_LIST } from './ask.js';
import { note, historyPanel, rejectPending, sanction } from './author.js';
import { h, fill, plural } from './dom.js';
import { renderItem } from './item.js';

const QUEUES = [['pending', 'Pending'], ['reported', 'Reported'], ['rejected', 'Rejected'], ['approved', 'Approved']];
const LABELS = ['TOXICITY', 'SEVERE_TOXICITY', 'INSULT', 'IDENTITY_ATTACK', 'PROFANITY', 'THREAT'];
const REASONS = [['', 'Any reason'], ['toxicity', 'Classifier: any label'], ...LABELS.map((l) => [`toxicity:${l}`, `Classifier: ${l}`]), ['banned_word', 'Banned word'], ['suspect_word', 'Suspect word'],
  ['link', 'Link'], ['trust', 'Trust rules'], ['flags', 'Reader reports'], ['premoderation', 'Pre-moderation'], ['premoderated_author', 'Pre-moderated author'],
  ['classifier_unavailable', 'Classifier unavailable']];
const FILTERS = ['sort', 'story', 'reason', 'commenter', 'q'];
const PAGE = 25;

export function createQueues(root, ui) {
  const params = new URLSearchParams(location.search);
  const state = {
    queue: QUEUES.some(([q]) => q === params.get('queue')) ? params.get('queue') : 'pending',
    filter: Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || ''])),
    items: [], nextSkip: null, cursor: 0, selected: new Set(), fresh: 0, counts: null, thresholds: null, loading: false,
  };
  const history = historyPanel(ui, (authorId) => { state.filter.commenter = String(authorId); syncFields(); applyFilters(); });

  const tabs = QUEUES.map(([q, label]) => h('button', {
    type: 'button', role: 'tab', id: `tab-${q}`, 'aria-controls': 'queue-panel', 'data-queue': q, 'aria-keyshortcuts': String(QUEUES.findIndex(([x]) => x === q) + 1),
    onclick: () => switchQueue(q),
  }, label, ' ', h('span', { class: 'count', 'data-count': q }, '…')));
  const tablist = h('div', { role: 'tablist', 'aria-label': 'Queues', class: 'tabs' }, tabs);
  tablist.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(document.activeElement);
    if (i < 0 || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    tabs[next].focus();
    switchQueue(QUEUES[next][0]);
  });

  const field = (name, el) => { el.name = name; el.value = state.filter[name]; return el; };
  const search = field('q', h('input', { type: 'search', placeholder: 'Text or author', 'aria-keyshortcuts': '/' }));
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the queue' },
    h('label', {}, 'Order ', field('sort', h('select', {}, h('option', { value: '' }, 'Newest first'), h('option', { value: 'oldest' }, 'Oldest first')))),
    h('label', {}, 'Reason ', field('reason', h('select', {}, REASONS.map(([v, t]) => h('option', { value: v }, t))))),
    h('label', {}, 'Story ID ', field('story', h('input', { inputmode: 'numeric', pattern: '[0-9]*', size: 6 }))),
    h('label', {}, 'Author ID ', field('commenter', h('input', { inputmode: 'numeric', pattern: '[0-9]*', size: 6 }))),
    h('label', {}, 'Search ', search),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', class: 'ghost', onclick: () => { for (const f of FILTERS) state.filter[f] = ''; syncFields(); applyFilters(); } }, 'Clear'));
  const syncFields = () => { for (const f of FILTERS) filters.elements[f].value = state.filter[f]; };
  filters.addEventListener('submit', (e) => { e.preventDefault(); readFields(); applyFilters(); });
  filters.addEventListener('change', (e) => { if (e.target.tagName === 'SELECT') { readFields(); applyFilters(); } });
  const readFields = () => { for (const f of FILTERS) state.filter[f] = filters.elements[f].value.trim(); };

  const selectAll = h('input', { type: 'checkbox', 'aria-label': 'Select all shown comments' });
  selectAll.addEventListener('change', () => {
    state.selected = selectAll.checked ? new Set(state.items.map((i) => i.id)) : new Set();
    for (const box of list.querySelectorAll('input.sel')) box.checked = selectAll.checked;
    updateBulk();
  });
  const selectedText = h('span', { class: 'muted' });
  const bulkReason = h('input', { type: 'text', list: 'reasons', placeholder: 'Reason (optional)', 'aria-label': 'Reason for the selected comments', maxlength: 1000 });
  // Enter in the bulk reason field rejects the selection (Shift+R puts the cursor there).
  bulkReason.addEventListener('keydown', (e) => { if (e.key === 'Enter' && state.selected.size) { e.preventDefault(); bulk('reject'); } });
  const bulkButtons = [h('button', { type: 'button', class: 'good', onclick: () => bulk('approve'), 'aria-keyshortcuts': 'Shift+A' }, 'Approve selected', h('kbd', {}, 'A')),
    h('button', { type: 'button', class: 'bad', onclick: () => bulk('reject'), 'aria-keyshortcuts': 'Shift+R' }, 'Reject selected', h('kbd', {}, 'R'))];
  const freshButton = h('button', { type: 'button', class: 'fresh', hidden: true, 'aria-keyshortcuts': '.', onclick: () => showFresh() });
  const bar = h('div', { class: 'bar' }, h('label', {}, selectAll, ' All'), selectedText, bulkReason, bulkButtons, freshButton);

  const list = h('ol', { class: 'items', 'aria-label': 'Comments' });
  const empty = h('p', { class: 'empty', hidden: true });
  const more = h('button', { type: 'button', class: 'more', hidden: true, onclick: () => load(true) }, 'Load more');
  const alerts = createAlerts(ui, (storyId) => { state.filter.story = String(storyId); syncFields(); applyFilters(); });
  const panel = h('div', { id: 'queue-panel', role: 'tabpanel', class: 'queue-panel' }, filters, bar, list, empty, more);
  fill(root, alerts.element, REASON_LIST, h('h1', { class: 'vh' }, 'Moderation queues'), tablist, h('div', { class: 'queue-layout' }, panel, history.element));

  list.addEventListener('click', (e) => {
    const article = e.target.closest('article.item');
    if (!article) return;
    const index = state.items.findIndex((i) => String(i.id) === article.dataset.id);
    const act = e.target.closest('[data-act]')?.dataset.act;
    if (act === 'select') { toggleSelect(index, e.target.checked); return; }
    if (index >= 0 && index !== state.cursor) setCursor(index, !act);
    if (act) { e.preventDefault(); act === 'history' ? openHistory() : act === 'feature' ? feature() : act.startsWith('approve') || act === 'reject' ? decide(act) : authorAction(act); }
  });
  list.addEventListener('focusin', (e) => {
    const article = e.target.closest('article.item');
    const index = article ? state.items.findIndex((i) => String(i.id) === article.dataset.id) : -1;
    if (index >= 0 && index !== state.cursor) setCursor(index, false);
  });

  // ---- loading ----
  let seq = 0;
  async function load(append = false) {
    const mine = ++seq;
    state.loading = true;
    list.setAttribute('aria-busy', 'true');
    try {
      // Decided items have left the queue, so the next page starts after what is still shown.
      const skip = append ? state.items.length : 0;
      const page = await api('GET', `/queues/${state.queue}${query({ ...state.filter, skip, limit: PAGE })}`);
      // Switching tabs or filters quickly: only the latest answer is drawn.
      if (mine !== seq) return;
      if (!append) { state.items = []; state.cursor = 0; state.selected.clear(); state.fresh = 0; }
      const known = new Set(state.items.map((i) => i.id));
      state.items.push(...page.items.filter((i) => !known.has(i.id)));
      state.nextSkip = page.nextSkip;
      setCounts(page.counts);
      render();
    } catch (e) {
      ui.fail(e);
    } finally {
      if (mine === seq) {
        state.loading = false;
        list.removeAttribute('aria-busy');
      }
    }
  }

  async function refreshCounts() {
    try { setCounts(await api('GET', '/counts')); } catch (e) { ui.fail(e); }
  }

  function setCounts(counts) {
    state.counts = counts;
    for (const [q] of QUEUES) root.querySelector(`[data-count="${q}"]`).textContent = String(counts[q] ?? 0);
  }

  // ---- rendering ----
  function render() {
    for (const t of tabs) {
      const on = t.dataset.queue === state.queue;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
    }
    panel.setAttribute('aria-labelledby', `tab-${state.queue}`);
    fill(list, state.items.map((item) => h('li', {}, renderItem(item, { thresholds: state.thresholds, selected: state.selected.has(item.id), queue: state.queue }))));
    const filtered = FILTERS.some((f) => f !== 'sort' && state.filter[f]);
    empty.textContent = filtered ? 'Nothing matches these filters.' : `The ${state.queue} queue is empty.`;
    empty.hidden = state.items.length > 0;
    more.hidden = state.nextSkip == null;
    state.cursor = Math.min(state.cursor, Math.max(0, state.items.length - 1));
    setCursor(state.cursor, false);
    updateBulk();
    updateFresh();
  }

  const articleAt = (i) => list.children[i]?.querySelector('article.item');
  const current = () => state.items[state.cursor];

  function setCursor(i, focus = true) {
    if (!state.items.length) return;
    state.cursor = Math.max(0, Math.min(i, state.items.length - 1));
    list.querySelectorAll('article.item').forEach((a, n) => {
      a.classList.toggle('current', n === state.cursor);
      a.tabIndex = n === state.cursor ? 0 : -1;
    });
    const el = articleAt(state.cursor);
    if (focus && el) { el.focus({ preventScroll: true }); el.scrollIntoView({ block: 'nearest' }); }
  }

  function toggleSelect(index, on) {
    const item = state.items[index];
    if (!item) return;
    on = on ?? !state.selected.has(item.id);
    on ? state.selected.add(item.id) : state.selected.delete(item.id);
    const box = articleAt(index)?.querySelector('input.sel');
    if (box) box.checked = on;
    updateBulk();
  }

  function updateBulk() {
    const n = state.selected.size;
    selectedText.textContent = n ? `${n} selected` : '';
    for (const b of bulkButtons) b.disabled = n === 0;
    selectAll.checked = n > 0 && n === state.items.length;
  }

  function updateFresh() {
    freshButton.hidden = state.fresh === 0;
    freshButton.textContent = `${plural(state.fresh, 'new item', 'new items')} — show`;
  }

  // ---- decisions ----
  function removeItems(ids) {
    const drop = new Set(ids);
    const before = state.items.length;
    state.items = state.items.filter((i) => !drop.has(i.id));
    for (const id of ids) state.selected.delete(id);
    if (state.items.length !== before) render();
    setCursor(state.cursor, true);
    if (!state.items.length) list.closest('main')?.focus();
  }

  async function decide(action) {
    const item = current();
    if (!item) return;
    let reason = null;
    if (action === 'reject') {
      const v = await ask(articleAt(state.cursor).querySelector('.slot'), { title: 'Reject this comment', fields: [{ name: 'reason', label: 'Reason', list: 'reasons' }], submit: 'Reject', danger: true, returnTo: articleAt(state.cursor) });
      if (!v) return;
      reason = v.reason || null;
    }
    // Optimistic: the next comment is under the cursor at once, so a-a-a works at typing speed.
    const index = state.items.indexOf(item);
    if (index < 0) return;
    removeItems([item.id]);
    try {
      await api('POST', `/comments/${item.id}/${action}`, { reason });
      ui.status(`${action === 'approve' ? 'Approved' : 'Rejected'}: comment by ${item.author.name}.`);
      refreshCounts();
    } catch (e) {
      // Nothing is lost: the comment goes back where it was, unless it is gone for good.
      const gone = e.code === 'comment_deleted' || e.code === 'comment_not_found';
      if (!gone && !state.items.includes(item)) {
        state.items.splice(Math.min(index, state.items.length), 0, item);
        render();
        setCursor(index, true);
      }
      ui.error(messageOf(e));
    }
  }

  async function bulk(action) {
    const ids = [...state.selected];
    if (!ids.length) return;
    try {
      const r = await api('POST', '/comments/bulk', { ids, action, reason: bulkReason.value.trim() || null });
      ui.status(`${plural(r.decided, 'comment', 'comments')} ${action === 'approve' ? 'approved' : 'rejected'}.`);
      bulkReason.value = '';
      removeItems(ids);
      refreshCounts();
    } catch (e) {
      ui.error(messageOf(e));
    }
  }

  async function feature() {
    const item = current();
    if (!item) return;
    try {
      await api('PUT', `/comments/${item.id}/featured`, { featured: !item.featured });
      item.featured = !item.featured;
      ui.status(item.featured ? 'Comment featured.' : 'Comment no longer featured.');
      render();
      setCursor(state.cursor, true);
    } catch (e) {
      ui.error(messageOf(e));
    }
  }

  function openHistory() {
    const item = current();
    if (item) history.open(item.author.id, articleAt(state.cursor));
  }

  async function authorAction(act) {
    const item = current();
    if (!item) return;
    const article = articleAt(state.cursor);
    const slot = article.querySelector('.slot');
    if (act === 'note') { if (await note(item.author, slot, ui, article) && history.authorId === item.author.id) history.open(item.author.id, article); return; }
    if (act === 'reject-pending') {
      if (await rejectPending(item.author, slot, ui, article) !== null) {
        if (state.queue === 'pending') removeItems(state.items.filter((i) => i.author.id === item.author.id).map((i) => i.id));
        refreshCounts();
      }
      return;
    }
    if (await sanction(act, item.author, slot, ui, article) && history.authorId === item.author.id) history.open(item.author.id, article);
  }

  // ---- navigation ----
  function switchQueue(q) {
    if (q === state.queue && !state.loading) return;
    state.queue = q;
    writeUrl();
    render();
    load();
  }

  function applyFilters() {
    writeUrl();
    load();
  }

  function writeUrl() {
    const p = new URLSearchParams(location.search);
    p.set('queue', state.queue);
    for (const f of FILTERS) state.filter[f] ? p.set(f, state.filter[f]) : p.delete(f);
    history_replace(`?${p}${location.hash}`);
  }

  function showFresh() {
    ui.status('');
    load().then(() => setCursor(0, true));
  }

  /** Keys while the queues are shown; returns true when handled. */
  function onKey(e) {
    const k = e.key;
    if (k === 'Escape' && history.isOpen) { history.close(); return true; }
    const n = '1234'.indexOf(k);
    if (n >= 0) { switchQueue(QUEUES[n][0]); tabs[n].focus(); return true; }
    if (k === '/') { search.focus(); search.select(); return true; }
    if (k === '.') { if (state.fresh) showFresh(); return true; }
    if (!state.items.length) return false;
    const actions = { A: () => bulk('approve'), R: () => { bulkReason.focus(); },
      j: () => (state.cursor === state.items.length - 1 && state.nextSkip != null ? load(true).then(() => setCursor(state.cursor + 1)) : setCursor(state.cursor + 1)), k: () => setCursor(state.cursor - 1), a: () => decide('approve'), r: () => decide('reject'),
      f: feature, h: openHistory, b: () => authorAction('ban'), s: () => authorAction('suspend'), n: () => authorAction('note'), x: () => toggleSelect(state.cursor) };
    if (!actions[k]) return false;
    actions[k]();
    return true;
  }

  /** A live event: counts always refresh; a new pending item is counted, never inserted under the cursor. */
  let refreshTimer = 0;
  function onEvent(event) {
    // A burst of events (a bulk decision) costs one counts and one alerts request.
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => { refreshCounts(); alerts.load(); }, 250);
    const id = event.data?.commentId;
    const shown = state.items.some((i) => i.id === id);
    if (event.type === 'moderation:pending' && !shown && (state.queue === 'pending' || state.queue === 'reported')) {
      state.fresh++;
      updateFresh();
      ui.status(`${plural(state.fresh, 'new item', 'new items')} in the queue. Press . to show.`);
    }
  }

  async function start(settings) {
    state.thresholds = settings?.settings?.thresholds || null;
    render();
    await Promise.all([load(), alerts.load()]);
    setCursor(0, true);
  }

  return { start, onKey, onEvent, focus: () => (state.items.length ? setCursor(state.cursor, true) : tabs.find((t) => t.tabIndex === 0)?.focus()) };
}

const history_replace = (url) => window.history.replaceState(null, '', url);
