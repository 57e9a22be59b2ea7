// The audit log: append-only, filterable, exportable as CSV (fetched with the bearer token, saved via a Blob URL).
import { api, messageOf, query } from './api.js';
import { h, fill, time } from './dom.js';

const ACTIONS = ['comment.', 'comment.approve', 'comment.reject', 'comment.feature', 'comment.unfeature', 'commenter.', 'commenter.ban',
  'commenter.suspend', 'commenter.shadow', 'commenter.premoderate', 'commenter.lift_', 'commenter.note', 'commenter.approve_name',
  'settings.update', 'wordlist.import', 'staff.role', 'story.premoderation', 'story.auto_premoderation', 'key.create', 'key.rotate', 'key.quota', 'key.revoke'];
const PAGE = 50;

export function createAudit(root, ui) {
  // Moderators by name; entries by the system (thread health) have no actor.
  const actors = h('select', { name: 'actor' }, h('option', { value: '' }, 'anyone'));
  let skip = 0;
  let seq = 0;
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the audit log' },
    h('label', {}, 'Action ', h('input', { name: 'action', list: 'audit-actions', size: 18, autocomplete: 'off' })),
    h('datalist', { id: 'audit-actions' }, ACTIONS.map((a) => h('option', { value: a }))),
    h('label', {}, 'Who ', actors),
    h('label', {}, 'Target ', h('select', { name: 'targetType' }, ['', 'comment', 'commenter', 'site', 'story', 'api_key'].map((t) => h('option', { value: t }, t || 'any')))),
    h('label', {}, 'Target ID ', h('input', { name: 'targetId', inputmode: 'numeric', pattern: '[0-9]*', size: 6 })),
    h('label', {}, 'From ', h('input', { name: 'from', type: 'date' })),
    h('label', {}, 'To ', h('input', { name: 'to', type: 'date' })),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', onclick: exportCsv }, 'Export CSV'));
  const body = h('tbody');
  const more = h('button', { type: 'button', class: 'more', hidden: true, onclick: () => load(true) }, 'Load more');
  const empty = h('p', { class: 'empty', hidden: true }, 'No entries match.');
  fill(root, h('h1', { id: 'audit-title', tabindex: '-1' }, 'Audit log'), form,
    h('table', { class: 'audit' },
      h('thead', {}, h('tr', {}, ['When', 'Who', 'Action', 'Target', 'Why', 'Details'].map((c) => h('th', { scope: 'col' }, c)))), body),
    empty, more);
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });

  function filters() {
    const f = Object.fromEntries(new FormData(form));
    // Dates are whole days: "to" includes the day it names.
    if (f.from) f.from = `${f.from}T00:00:00Z`;
    if (f.to) f.to = new Date(Date.parse(`${f.to}T00:00:00Z`) + 86400000).toISOString();
    return f;
  }

  async function loadActors() {
    if (actors.options.length > 1) return;
    try {
      const people = await api('GET', '/moderators');
      actors.append(...people.map((p) => h('option', { value: p.id }, p.userName ? `${p.name} (${p.userName})` : p.name)));
    } catch (e) {
      ui.fail(e);
    }
  }

  async function load(append = false) {
    if (!append) loadActors();
    skip = append ? skip + PAGE : 0;
    const mine = ++seq;
    body.setAttribute('aria-busy', 'true');
    try {
      const rows = await api('GET', `/audit${query({ ...filters(), skip, limit: PAGE })}`);
      // A later request (new filters) wins over an earlier one that answers late.
      if (mine !== seq) return;
      if (!append) body.replaceChildren();
      body.append(...rows.map(row));
      more.hidden = rows.length < PAGE;
      empty.hidden = body.children.length > 0;
    } catch (e) {
      ui.fail(e);
    } finally {
      body.removeAttribute('aria-busy');
    }
  }

  function row(a) {
    return h('tr', {},
      h('td', {}, time(a.createdAt)),
      h('td', {}, a.actor || (a.actorId ? `#${a.actorId}` : 'system')),
      h('td', {}, h('code', {}, a.action)),
      h('td', {}, a.targetType ? `${a.targetType} #${a.targetId ?? ''}` : ''),
      h('td', {}, a.reason || ''),
      h('td', { class: 'data' }, details(a.data)));
  }

  function details(data) {
    if (!data) return '';
    try {
      const o = JSON.parse(data);
      return Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== false)
        .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join('; ');
    } catch {
      return data;
    }
  }

  async function exportCsv() {
    try {
      const res = await api('GET', `/audit.csv${query(filters())}`, undefined, { raw: true });
      const url = URL.createObjectURL(await res.blob());
      const a = h('a', { href: url, download: `parley-audit-${new Date().toISOString().slice(0, 10)}.csv`, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      ui.status('Audit log exported.');
    } catch (e) {
      ui.error(messageOf(e));
    }
  }

  return { load };
}
