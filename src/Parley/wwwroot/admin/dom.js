// Tiny DOM helpers: every string goes in through textContent or an attribute, never through innerHTML.

/**
 * h('button', { class: 'x', onclick: f, 'aria-label': 'Close' }, 'text', child) → element.
 * Props starting with "on" become listeners; `false`/`null` props are skipped; `true` sets an empty attribute.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value' || k === 'checked') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Comment HTML from the API is sanitised server-side; it is the only HTML ever inserted. */
export function sanitisedHtml(tag, cls, html) {
  const el = document.createElement(tag);
  el.className = cls;
  el.innerHTML = html || '';
  return el;
}

const fmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const rel = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function time(iso) {
  if (!iso) return '';
  const d = new Date(iso.endsWith('Z') || iso.includes('+') ? iso : `${iso}Z`);
  const el = h('time', { datetime: d.toISOString(), title: fmt.format(d) });
  const s = Math.max(0, (Date.now() - d.getTime()) / 1000);
  el.textContent = s < 60 ? 'just now' : s < 3600 ? rel.format(-Math.round(s / 60), 'minute')
    : s < 86400 ? rel.format(-Math.round(s / 3600), 'hour') : fmt.format(d);
  return el;
}

export const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
