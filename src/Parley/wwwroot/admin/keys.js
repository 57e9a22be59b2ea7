// Perspective API keys of the site (admins only): create, rotate, change the quota, revoke. A secret is
// shown once, right after it is issued; the server keeps only its hash.
import { api, ApiError, messageOf } from './api.js';
import { ask } from './ask.js';
import { h, fill, time } from './dom.js';

export function createKeys(root, ui) {
  const slot = h('div', { class: 'slot' });
  const secret = h('div', { class: 'secret', role: 'region', 'aria-label': 'New key', hidden: true });
  const create = h('form', { class: 'row', 'aria-label': 'Create a key' },
    h('label', {}, 'Name ', h('input', { name: 'name', required: true, maxlength: 100, autocomplete: 'off' })),
    h('label', {}, 'Requests per second (empty: default) ', h('input', { name: 'rps', type: 'number', min: 1, max: 100000 })),
    h('button', { type: 'submit', class: 'primary' }, 'Create key'));
  create.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = create.elements;
    const rps = f.rps.value ? Number(f.rps.value) : null;
    if (await run(() => api('POST', '/keys', { name: f.name.value.trim(), requestsPerSecond: rps }), 'created')) create.reset();
  });

  async function run(call, verb) {
    try {
      const r = await call();
      if (r?.secret) showSecret(r);
      else ui.status(`Key "${r.name}" ${verb}.`);
      await load();
      return true;
    } catch (e) {
      ui.error(messageOf(e));
      return false;
    }
  }

  function showSecret(issued) {
    const value = h('code', { class: 'value' }, issued.secret);
    fill(secret,
      h('p', {}, h('strong', {}, `Key "${issued.key.name}"`), ' — copy it now; it is shown only once.'),
      value, ' ',
      h('button', { type: 'button', onclick: async () => { await navigator.clipboard?.writeText(issued.secret).catch(() => {}); ui.status('Key copied.'); } }, 'Copy'),
      h('button', { type: 'button', class: 'ghost', onclick: () => { secret.hidden = true; secret.replaceChildren(); } }, 'Done'));
    secret.hidden = false;
    ui.status(`Key "${issued.key.name}" issued. Copy it now; it is shown only once.`);
  }

  function row(k) {
    const act = (label, handler) => h('button', { type: 'button', onclick: (e) => handler(e.currentTarget) }, label);
    return h('tr', {},
      h('td', {}, k.name), h('td', {}, h('code', {}, k.prefix)), h('td', {}, String(k.requestsPerSecond)),
      h('td', {}, time(k.createdAt)), h('td', {}, k.lastUsedAt ? time(k.lastUsedAt) : 'never'),
      h('td', {}, k.revokedAt ? ['revoked ', time(k.revokedAt)] : 'active'),
      h('td', {}, k.revokedAt ? null : [
        act('Rotate', () => run(() => api('POST', `/keys/${k.id}/rotate`), 'rotated')),
        act('Quota', async (button) => {
          const v = await ask(slot, { title: `Quota of "${k.name}"`, fields: [{ name: 'rps', label: 'Requests per second', type: 'number', min: 1, max: 100000, value: k.requestsPerSecond, required: true }], submit: 'Save quota', returnTo: button });
          if (v) await run(() => api('PUT', `/keys/${k.id}/quota`, { requestsPerSecond: Number(v.rps) }), 'updated');
        }),
        act('Revoke', async (button) => {
          const v = await ask(slot, { title: `Revoke "${k.name}"? Clients using it stop working at once.`, fields: [], submit: 'Revoke', danger: true, returnTo: button });
          if (v) await run(() => api('DELETE', `/keys/${k.id}`), 'revoked');
        }),
      ]));
  }

  async function load() {
    try {
      const keys = await api('GET', '/keys');
      root.hidden = false;
      fill(root, h('h2', {}, 'Perspective API keys'),
        h('p', { class: 'muted small' }, 'Keys for the Perspective-compatible analyze API (/v1alpha1/comments:analyze?key=…).'),
        secret,
        keys.length ? h('table', { class: 'keys-table' },
          h('thead', {}, h('tr', {}, ['Name', 'Prefix', 'Req/s', 'Created', 'Last used', 'Status', ''].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, keys.map(row))) : h('p', { class: 'muted' }, 'No keys yet.'),
        slot, create);
    } catch (e) {
      // Moderators cannot manage keys, and a server without the keys endpoint has none to show.
      if (e instanceof ApiError && (e.code === 'admin_only' || e.status === 404 || e.status === 405)) root.hidden = true;
      else ui.fail(e);
    }
  }

  return { load };
}
