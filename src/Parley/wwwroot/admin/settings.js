// Site settings (policy, thresholds, word lists, origins) and moderators. The server takes `settings`
// whole, so the form is read back into the complete object it was loaded from.
import { api, messageOf } from './api.js';
import { h, fill, plural } from './dom.js';
import { createKeys } from './keys.js';

const NUMBERS = [
  ['editWindowMinutes', 'Edit window (minutes)', 0, 1440, 1],
  ['maxDepth', 'Reply depth', 1, 20, 1],
  ['newCommenterApprovedComments', 'A commenter is new until this many comments are approved', 0, 1000, 1],
  ['holdFirstComments', "Hold a new commenter's first comments (count)", 0, 100, 1],
  ['rejectionRateHold', 'Hold authors whose rejection rate is at least (0–1)', 0, 1, 0.01],
  ['rejectionRateWindowDays', 'Rejection rate over the last (days)', 1, 3650, 1],
  ['rejectionRateMinDecisions', 'Rejection rate needs at least (decisions)', 1, 10000, 1],
  ['flagHideThreshold', 'Hide a comment after this many reader reports (0: never)', 0, 1000, 1],
  ['threadHealthThreshold', 'Thread health: pre-moderate a story when its held share reaches (0–1)', 0, 1, 0.01],
  ['threadHealthMinComments', 'Thread health: only for stories with at least (comments)', 1, 100000, 1],
  ['repeatPostWindowMinutes', 'Refuse the same text again within (minutes)', 0, 10080, 1],
];
const CHOICES = [
  ['linkPolicy', 'Links in comments', [['allow', 'Allow'], ['hold', 'Hold for review'], ['reject', 'Reject']]],
  ['preModeration', 'Pre-moderation', [['none', 'None'], ['first', "Each commenter's first comment on a story"], ['all', 'All comments']]],
  ['classifierFailure', 'If the classifier fails', [['hold', 'Hold the comment'], ['publish', 'Publish it']]],
];
const BOOLS = [['nudgeEnabled', 'Ask authors to rephrase (nudge) before holding'], ['holdLinksFromNewCommenters', 'Hold links from new commenters']];

export function createSettings(root, ui, me) {
  let loaded = null;
  // Unsaved edits survive a background reload (entering the view again reloads the settings).
  let dirty = false;
  const isAdmin = me.role === 'admin';
  const form = h('form', { class: 'settings', 'aria-labelledby': 'settings-title' });
  const staff = h('div', { class: 'staff' });
  const keysRoot = h('div', { class: 'keys', hidden: true });
  const keys = isAdmin ? createKeys(keysRoot, ui) : null;
  fill(root, h('h1', { id: 'settings-title', tabindex: '-1' }, 'Site settings'),
    isAdmin ? null : h('p', { class: 'note' }, 'Only site admins can change settings; you can read them.'), form, staff, keysRoot);

  form.addEventListener('input', () => { dirty = true; });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    try {
      loaded = await api('PUT', '/settings', read());
      ui.status('Settings saved.');
      dirty = false;
      draw();
    } catch (err) {
      ui.error(messageOf(err));
    }
  });

  const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);

  function read() {
    const f = form.elements;
    const s = structuredClone(loaded.settings);
    for (const [k] of NUMBERS) s[k] = Number(f[k].value);
    for (const [k] of CHOICES) s[k] = f[k].value;
    for (const [k] of BOOLS) s[k] = f[k].checked;
    for (const label of Object.keys(s.thresholds)) {
      s.thresholds[label] = { nudge: Number(f[`nudge-${label}`].value), hold: Number(f[`hold-${label}`].value) };
    }
    s.bannedWords = lines(f.bannedWords.value);
    s.suspectWords = lines(f.suspectWords.value);
    return { name: f.name.value.trim(), allowedOrigins: lines(f.allowedOrigins.value), settings: s };
  }

  const num = (name, value, min, max, step) => h('input', { type: 'number', name, id: `set-${name}`, value: String(value), min, max, step, required: true });

  function draw() {
    const s = loaded.settings;
    fill(form,
      h('fieldset', { disabled: !isAdmin },
        h('legend', {}, 'Site'),
        h('label', {}, 'Name ', h('input', { name: 'name', value: loaded.name, required: true, maxlength: 200 })),
        h('label', { class: 'wide' }, 'Allowed origins (one per line, e.g. https://news.example) ',
          h('textarea', { name: 'allowedOrigins', rows: 3, spellcheck: 'false', value: loaded.allowedOrigins.join('\n') }))),
      h('fieldset', { disabled: !isAdmin },
        h('legend', {}, 'Classifier thresholds'),
        h('p', { class: 'muted small' }, 'Over the nudge threshold the author is asked to rephrase; over the hold threshold the comment waits for a moderator.'),
        h('table', { class: 'thresholds' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Label'), h('th', { scope: 'col' }, 'Nudge at'), h('th', { scope: 'col' }, 'Hold at'))),
          h('tbody', {}, Object.entries(s.thresholds).map(([label, t]) => h('tr', {},
            h('th', { scope: 'row' }, label),
            h('td', {}, withLabel(`${label} nudge threshold`, num(`nudge-${label}`, t.nudge, 0, 1, 0.01))),
            h('td', {}, withLabel(`${label} hold threshold`, num(`hold-${label}`, t.hold, 0, 1, 0.01))))))),
        BOOLS.slice(0, 1).map(check)),
      h('fieldset', { disabled: !isAdmin },
        h('legend', {}, 'Word lists'),
        wordList('bannedWords', 'banned', 'Banned words (rejected; one per line)', s.bannedWords),
        wordList('suspectWords', 'suspect', 'Suspect words (held; one per line)', s.suspectWords)),
      h('fieldset', { disabled: !isAdmin },
        h('legend', {}, 'Policy'),
        CHOICES.map(([k, label, options]) => h('label', {}, `${label} `, h('select', { name: k }, options.map(([v, t]) => h('option', { value: v, selected: s[k] === v }, t))))),
        BOOLS.slice(1).map(check),
        NUMBERS.map(([k, label, min, max, step]) => h('label', {}, `${label} `, num(k, s[k], min, max, step)))),
      isAdmin ? h('div', { class: 'save' }, h('button', { type: 'submit', class: 'primary' }, 'Save settings')) : null);

    function check([k, label]) {
      return h('label', { class: 'check' }, h('input', { type: 'checkbox', name: k, checked: !!s[k] }), ` ${label}`);
    }
  }

  const withLabel = (label, input) => { input.setAttribute('aria-label', label); return input; };

  function wordList(name, list, label, words) {
    const file = h('input', { type: 'file', accept: '.txt,text/plain', 'aria-label': `Import a text file into the ${list} list` });
    file.addEventListener('change', async () => {
      const f = file.files[0];
      if (!f) return;
      try {
        const r = await api('POST', `/wordlists/${list}/import`, await f.text(), { type: 'text/plain; charset=utf-8' });
        ui.status(`${plural(r.added, 'term', 'terms')} added to the ${list} list.`);
        await load(true);
      } catch (e) {
        ui.error(messageOf(e));
      }
    });
    return h('div', { class: 'wordlist' },
      h('label', { class: 'wide' }, `${label} (${words.length}) `, h('textarea', { name, rows: 5, spellcheck: 'false', value: words.join('\n') })),
      h('label', { class: 'small' }, 'Import a text file (one term per line; added to the saved list) ', file));
  }

  async function drawStaff() {
    try {
      const people = await api('GET', '/moderators');
      const form2 = h('form', { class: 'row', 'aria-label': 'Change a role' },
        h('label', {}, 'User name ', h('input', { name: 'userName', required: true, autocomplete: 'off', spellcheck: 'false' })),
        h('label', {}, 'Role ', h('select', { name: 'role' }, ['moderator', 'admin', 'commenter'].map((r) => h('option', { value: r }, r)))),
        h('button', { type: 'submit', class: 'primary' }, 'Set role'));
      form2.addEventListener('submit', async (e) => {
        e.preventDefault();
        try {
          const r = await api('PUT', '/moderators', { userName: form2.elements.userName.value.trim(), role: form2.elements.role.value });
          ui.status(`${r.name} is now ${r.role === 'commenter' ? 'a commenter' : `a${r.role === 'admin' ? 'n' : ''} ${r.role}`}.`);
          drawStaff();
        } catch (err) {
          ui.error(messageOf(err));
        }
      });
      fill(staff, h('h2', {}, 'Moderators'),
        h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'User name'), h('th', { scope: 'col' }, 'Role'))),
          h('tbody', {}, people.map((p) => h('tr', {}, h('td', {}, p.name), h('td', {}, p.userName || ''), h('td', {}, p.role))))),
        isAdmin ? form2 : null);
    } catch (e) {
      ui.fail(e);
    }
  }

  async function load(force = false) {
    try {
      const fresh = await api('GET', '/settings');
      if (force || !dirty || !loaded) {
        loaded = fresh;
        dirty = false;
        draw();
      }
    } catch (e) {
      ui.fail(e);
    }
    return loaded;
  }

  return { load: () => Promise.all([load(), drawStaff(), keys?.load()]).then(([s]) => s), get current() { return loaded; } };
}
