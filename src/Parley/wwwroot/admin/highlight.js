// Marks in a comment's text the spans that moderation steps pointed at: classifier spans per label,
// banned/suspect terms, links. Offsets are UTF-16 indexes into the markdown, which is what JS strings use.
import { h } from './dom.js';

/** Collects [{begin, end, label, kind}] from a queue item's moderation steps. */
export function spansOf(moderation) {
  const out = [];
  for (const step of moderation?.steps || []) {
    const data = step.data || {};
    if (data.spans && typeof data.spans === 'object' && !Array.isArray(data.spans)) {
      for (const [label, list] of Object.entries(data.spans)) {
        for (const s of list || []) out.push({ begin: s.begin, end: s.end, label: `${label} ${score(s.score)}`, kind: 'label' });
      }
    }
    for (const t of data.terms || []) {
      out.push({ begin: t.begin, end: t.end, label: `${step.step === 'suspect_words' || step.code === 'suspect_word' ? 'suspect word' : 'banned word'}: ${t.term}`, kind: 'term' });
    }
    for (const l of data.links || []) out.push({ begin: l.begin, end: l.end, label: 'link', kind: 'link' });
  }
  return out;
}

/** The text as nodes: plain text, with each covered stretch wrapped in one <mark> titled by every span over it. */
export function highlighted(text, spans) {
  const valid = spans.filter((s) => Number.isInteger(s.begin) && Number.isInteger(s.end) && s.begin < s.end && s.begin >= 0 && s.end <= text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.begin, s.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const over = valid.filter((s) => s.begin <= from && s.end >= to);
    if (!over.length) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(over.map((s) => s.kind))];
    const title = [...new Set(over.map((s) => s.label))].join(', ');
    const last = nodes[nodes.length - 1];
    // Adjacent pieces under the same spans stay one mark (one word, one mark).
    if (last?.nodeName === 'MARK' && last.title === title) last.append(piece);
    else nodes.push(h('mark', { class: kinds.map((k) => `m-${k}`).join(' '), title }, piece));
  }
  return nodes;
}

export const score = (v) => (typeof v === 'number' ? v.toFixed(2) : '');
