// An inline form in place of window.prompt: keyboard-first (first field focused, Enter confirms, Escape
// cancels), resolves with the field values or null, and gives focus back to `returnTo`.
import { h, fill } from './dom.js';

/**
 * ask(slot, { title, fields: [{ name, label, type, value, min, max, list, required }], submit, returnTo }) → Promise.
 */
export function ask(slot, { title, fields, submit, danger = false, returnTo }) {
  return new Promise((resolve) => {
    const done = (value) => {
      form.remove();
      returnTo?.focus();
      resolve(value);
    };
    const inputs = fields.map((f) => {
      const input = f.type === 'textarea'
        ? h('textarea', { name: f.name, rows: 3, required: f.required || null, maxlength: 1000 })
        : f.type === 'select'
          ? h('select', { name: f.name }, f.options.map(([v, t]) => h('option', { value: v }, t)))
          : h('input', { name: f.name, type: f.type || 'text', min: f.min ?? null, max: f.max ?? null, required: f.required || null, list: f.list || null, maxlength: f.type === 'number' ? null : 1000, autocomplete: 'off' });
      if (f.value !== undefined) input.value = f.value;
      return h('label', {}, f.label, ' ', input);
    });
    const form = h('form', { class: 'ask', 'aria-label': title },
      h('strong', {}, title), inputs,
      h('button', { type: 'submit', class: danger ? 'bad' : 'primary' }, submit),
      h('button', { type: 'button', onclick: () => done(null) }, 'Cancel'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!form.reportValidity()) return;
      done(Object.fromEntries(new FormData(form)));
    });
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); done(null); }
      if (e.key === 'Enter' && e.target.tagName === 'TEXTAREA' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
    });
    fill(slot, form);
    form.querySelector('input, textarea, select, button')?.focus();
  });
}

/** Reasons offered for rejections and sanctions (free text is fine too). */
export const REASON_LIST = h('datalist', { id: 'reasons' },
  ['Personal attack', 'Hate or harassment', 'Spam or advertising', 'Off topic', 'Misinformation', 'Breaks the discussion rules', 'Repeated abuse']
    .map((r) => h('option', { value: r })));
