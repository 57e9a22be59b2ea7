// One queue item: the comment in context (story, parent), its labels and highlighted spans, the steps that
// fired, reader flags, and the action buttons (each naming its key).
import { h, sanitisedHtml, time } from './dom.js';
import { highlighted, score, spansOf } from './highlight.js';

const REASONS = {
  premoderation: 'Pre-moderation', premoderation_first: 'First comment on a story', premoderated_author: 'Author is pre-moderated',
  suspect_word: 'Suspect word', banned_word: 'Banned word', link: 'Link', link_new_commenter: 'Link from a new commenter',
  trust_first_comments: 'New commenter', trust_rejection_rate: 'Often rejected', classifier_unavailable: 'Classifier unavailable',
  flags: 'Reported by readers', shadowed: 'Shadow-banned author', moderator: 'Moderator decision',
};

export function reasonText(reason) {
  if (!reason) return '';
  if (reason.startsWith('toxicity:')) return `Classifier: ${reason.slice(9)}`;
  return REASONS[reason] || reason.replaceAll('_', ' ');
}

/** Builds the <article> for a queue item. `thresholds` is the site's {LABEL: {nudge, hold}} or null. */
export function renderItem(item, { thresholds, selected, queue }) {
  const id = `item-${item.id}`;
  const checkbox = h('input', { type: 'checkbox', class: 'sel', 'aria-label': `Select comment by ${item.author.name}`, checked: selected, 'data-act': 'select' });
  const header = h('header', {},
    checkbox,
    h('button', { type: 'button', class: 'author link', 'data-act': 'history', 'aria-keyshortcuts': 'h', title: 'Author history (h)' }, item.author.name),
    h('span', { class: 'badge' }, item.author.kind),
    item.author.nameHeld ? h('span', { class: 'badge warn' }, 'name held') : null,
    h('span', { class: 'muted' }, ' on '),
    h('a', { href: item.story.url, target: '_blank', rel: 'noopener', class: 'story', id: `${id}-story` }, item.story.title || item.story.url),
    h('span', { class: 'muted' }, ' · '), time(item.createdAt), item.editedAt ? h('span', { class: 'muted' }, ' (edited)') : null,
    item.reason ? h('span', { class: `badge reason${item.status === 'rejected' ? ' bad' : ''}` }, reasonText(item.reason)) : null,
    item.featured ? h('span', { class: 'badge good' }, 'featured') : null,
    queue !== 'pending' ? h('span', { class: 'badge' }, item.status) : null);

  const parent = item.parent
    ? h('div', { class: 'parent' }, h('div', { class: 'muted small' }, `In reply to ${item.parent.author || 'a deleted account'}:`),
      item.parent.html ? sanitisedHtml('div', 'parent-body', item.parent.html) : h('em', {}, 'The parent comment was deleted.'))
    : null;

  const spans = spansOf(item.moderation);
  const text = h('div', { class: 'text', id: `${id}-text` }, highlighted(item.markdown || '', spans));

  return h('article', { class: 'item', id, 'data-id': item.id, tabindex: '-1', 'aria-labelledby': `${id}-text`, 'aria-describedby': `${id}-story` },
    header, parent, text, labels(item.moderation, thresholds), steps(item.moderation), flags(item.flags), actions(item), h('div', { class: 'slot' }));
}

function labels(moderation, thresholds) {
  const scores = (moderation?.steps || []).find((s) => s.data?.scores)?.data.scores;
  if (!scores) return null;
  const entries = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  // Scores under 0.25 are noise to a moderator; the top label is always shown for scale.
  const shown = entries.filter(([, v]) => v >= 0.25);
  const list = (shown.length ? shown : entries.slice(0, 1)).map(([label, v]) => {
    const t = thresholds?.[label];
    const level = t && v >= t.hold ? 'hold' : t && v >= t.nudge ? 'nudge' : 'low';
    const note = level === 'hold' ? ' (over hold threshold)' : level === 'nudge' ? ' (over nudge threshold)' : '';
    return h('li', { class: `chip ${level}`, title: t ? `nudge ${t.nudge}, hold ${t.hold}` : null }, `${label} ${score(v)}`, h('span', { class: 'vh' }, note));
  });
  return h('ul', { class: 'labels', 'aria-label': 'Classifier labels' }, list);
}

function steps(moderation) {
  const fired = (moderation?.steps || []).filter((s) => s.verdict !== 'noopinion');
  if (!fired.length) return null;
  return h('ul', { class: 'steps', 'aria-label': 'Steps that fired' },
    fired.map((s) => h('li', {}, h('strong', {}, s.step.replaceAll('_', ' ')), `: ${s.verdict}`, s.code ? ` (${reasonText(s.code)})` : '', s.reason ? ` — ${s.reason}` : '')));
}

function flags(list) {
  if (!list?.length) return null;
  return h('ul', { class: 'flags', 'aria-label': 'Reader reports' },
    list.map((f) => h('li', {}, h('strong', {}, f.reason.replaceAll('_', ' ')), f.text ? `: ${f.text}` : '', ' · ', time(f.createdAt))));
}

function actions(item) {
  const b = (act, label, key, cls = '') => h('button', { type: 'button', class: cls, 'data-act': act, 'aria-keyshortcuts': key || null }, label, key ? h('kbd', {}, key) : null);
  return h('div', { class: 'actions', role: 'group', 'aria-label': 'Actions' },
    b('approve', 'Approve', 'a', 'good'), b('reject', 'Reject', 'r', 'bad'),
    h('button', { type: 'button', 'data-act': 'feature', 'aria-pressed': String(!!item.featured), 'aria-keyshortcuts': 'f' }, 'Feature', h('kbd', {}, 'f')),
    h('span', { class: 'sep', 'aria-hidden': 'true' }),
    b('history', 'History', 'h'), b('ban', 'Ban', 'b'), b('suspend', 'Suspend', 's'), b('premoderate', 'Pre-moderate'), b('shadow', 'Shadow'),
    b('reject-pending', 'Reject all pending'), b('note', 'Note', 'n'));
}
