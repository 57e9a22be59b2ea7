// The author's record (counts, recent decisions, sanctions, notes) in a side panel, and the measures a
// moderator takes against an author: ban, suspend, pre-moderate, shadow, reject all pending, note.
import { api, messageOf } from './api.js';
import { ask } from './ask.js';
import { h, fill, time, plural } from './dom.js';
import { reasonText } from './item.js';

const SANCTIONS = {
  ban: { title: 'Ban', done: 'banned' },
  suspend: { title: 'Suspend', done: 'suspended' },
  premoderate: { title: 'Pre-moderate', done: 'put under pre-moderation' },
  shadow: { title: 'Shadow-ban', done: 'shadow-banned' },
};

/** Asks for the details of a sanction in `slot` and applies it; returns true when applied. */
export async function sanction(kind, author, slot, ui, returnTo) {
  const s = SANCTIONS[kind];
  const fields = [{ name: 'reason', label: 'Reason', list: 'reasons' }];
  if (kind === 'suspend') fields.unshift({ name: 'days', label: 'Days', type: 'number', min: 1, max: 3650, value: 7, required: true });
  else if (kind !== 'ban') fields.unshift({ name: 'days', label: 'Days (empty: until lifted)', type: 'number', min: 1, max: 3650 });
  const v = await ask(slot, { title: `${s.title} ${author.name}`, fields, submit: s.title, danger: kind === 'ban', returnTo });
  if (!v) return false;
  try {
    await api('POST', `/commenters/${author.id}/sanctions`, { kind, days: v.days ? Number(v.days) : null, reason: v.reason || null });
    ui.status(`${author.name} ${s.done}${v.days ? ` for ${plural(Number(v.days), 'day', 'days')}` : ''}.`);
    return true;
  } catch (e) {
    ui.error(messageOf(e));
    return false;
  }
}

export async function note(author, slot, ui, returnTo) {
  const v = await ask(slot, { title: `Note about ${author.name}`, fields: [{ name: 'text', label: 'Note (only moderators see it)', type: 'textarea', required: true }], submit: 'Save note', returnTo });
  if (!v) return false;
  try {
    await api('POST', `/commenters/${author.id}/notes`, { text: v.text });
    ui.status('Note saved.');
    return true;
  } catch (e) {
    ui.error(messageOf(e));
    return false;
  }
}

/** Rejects every pending comment of the author; returns how many were rejected, or null. */
export async function rejectPending(author, slot, ui, returnTo) {
  const v = await ask(slot, { title: `Reject all pending comments by ${author.name}`, fields: [{ name: 'reason', label: 'Reason', list: 'reasons' }], submit: 'Reject all', danger: true, returnTo });
  if (!v) return null;
  try {
    const r = await api('POST', `/commenters/${author.id}/reject-pending`, { reason: v.reason || null });
    ui.status(`${plural(r.decided, 'comment', 'comments')} by ${author.name} rejected.`);
    return r.decided;
  } catch (e) {
    ui.error(messageOf(e));
    return null;
  }
}

/** The history panel: opens for an author, closes with Escape or its button and gives focus back. */
export function historyPanel(ui, onFilter) {
  const body = h('div', { class: 'panel-body' });
  const panel = h('aside', { id: 'history', class: 'panel', hidden: true, 'aria-labelledby': 'history-title', tabindex: '-1' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'history-title' }, 'Author'), h('button', { type: 'button', class: 'ghost', onclick: () => close() }, 'Close', h('kbd', {}, 'Esc'))),
    body);
  let returnTo = null;
  let current = null;

  const close = () => {
    panel.hidden = true;
    current = null;
    returnTo?.focus();
  };
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) { e.preventDefault(); e.stopPropagation(); close(); }
  });

  async function open(authorId, from) {
    returnTo = from;
    current = authorId;
    panel.hidden = false;
    fill(body, h('p', { class: 'muted' }, 'Loading…'));
    panel.setAttribute('aria-busy', 'true');
    try {
      const a = await api('GET', `/commenters/${authorId}`);
      if (current !== authorId) return;
      render(a);
    } catch (e) {
      fill(body, h('p', { class: 'error' }, messageOf(e)));
    } finally {
      panel.removeAttribute('aria-busy');
      panel.focus();
    }
  }

  function render(a) {
    panel.querySelector('h2').textContent = a.name;
    const slot = h('div', { class: 'slot' });
    const counts = Object.entries(a.counts || {});
    fill(body,
      h('p', { class: 'muted' }, `${a.kind}${a.role !== 'commenter' ? `, ${a.role}` : ''} · since `, time(a.createdAt)),
      a.nameHeld ? h('p', {}, h('span', { class: 'badge warn' }, 'name held'), ' ', h('button', { type: 'button', onclick: () => approveName(a) }, 'Approve name')) : null,
      h('h3', {}, 'Comments'),
      counts.length ? h('dl', { class: 'counts' }, counts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])) : h('p', { class: 'muted' }, 'None yet.'),
      h('h3', {}, 'Recent decisions'),
      a.recent.length ? h('ul', { class: 'recent' }, a.recent.map((r) => h('li', {},
        h('span', { class: `badge ${r.status === 'rejected' ? 'bad' : r.status === 'published' ? 'good' : ''}` }, r.status),
        r.reason ? ` ${reasonText(r.reason)} · ` : ' ', r.moderatedAt ? time(r.moderatedAt) : '', h('div', { class: 'excerpt' }, r.excerpt)))) : h('p', { class: 'muted' }, 'None.'),
      h('h3', {}, 'Sanctions'),
      a.sanctions.length ? h('ul', { class: 'sanctions' }, a.sanctions.map((s) => h('li', {},
        h('strong', {}, s.kind), s.until ? [' until ', time(s.until)] : ' (no end)', s.reason ? ` — ${s.reason}` : '',
        s.liftedAt ? [' · lifted ', time(s.liftedAt)] : [' ', h('button', { type: 'button', onclick: () => lift(a, s) }, 'Lift')]))) : h('p', { class: 'muted' }, 'None.'),
      h('h3', {}, 'Notes'),
      a.notes.length ? h('ul', { class: 'notes' }, a.notes.map((n) => h('li', {}, n.text, h('div', { class: 'muted small' }, n.moderator || 'a moderator', ' · ', time(n.createdAt))))) : h('p', { class: 'muted' }, 'None.'),
      h('div', { class: 'actions' },
        Object.keys(SANCTIONS).map((k) => h('button', { type: 'button', onclick: async (e) => { if (await sanction(k, a, slot, ui, e.currentTarget)) open(a.id, returnTo); } }, SANCTIONS[k].title)),
        h('button', { type: 'button', onclick: async (e) => { if (await note(a, slot, ui, e.currentTarget)) open(a.id, returnTo); } }, 'Note'),
        h('button', { type: 'button', class: 'ghost', onclick: () => onFilter(a.id) }, 'Only their comments')),
      slot);
  }

  async function lift(a, s) {
    try {
      await api('DELETE', `/commenters/${a.id}/sanctions/${s.id}`);
      ui.status(`${s.kind} lifted.`);
      open(a.id, returnTo);
    } catch (e) {
      ui.error(messageOf(e));
    }
  }

  async function approveName(a) {
    try {
      await api('POST', `/commenters/${a.id}/approve-name`);
      ui.status(`Name "${a.name}" approved.`);
      open(a.id, returnTo);
    } catch (e) {
      ui.error(messageOf(e));
    }
  }

  return { element: panel, open, close, get isOpen() { return !panel.hidden; }, get authorId() { return current; } };
}
