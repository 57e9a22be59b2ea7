// Thread-health alerts: stories that switched themselves to pre-moderation, with a button to switch each back.
import { api, messageOf } from './api.js';
import { h, fill, plural } from './dom.js';

export function createAlerts(ui, showStory) {
  const element = h('div', { class: 'alerts', role: 'region', 'aria-label': 'Thread-health alerts', hidden: true });

  async function load() {
    try {
      const stories = await api('GET', '/alerts');
      element.hidden = !stories.length;
      fill(element, stories.length ? h('h2', {}, 'Thread-health alerts') : null, stories.map((s) => h('div', { class: 'alert-row' },
        h('span', {}, h('a', { href: s.url, target: '_blank', rel: 'noopener' }, s.title || s.url),
          ` switched itself to pre-moderation (${plural(s.commentCount, 'comment', 'comments')}). `),
        h('button', { type: 'button', onclick: () => switchBack(s) }, 'Switch back'),
        h('button', { type: 'button', class: 'ghost', onclick: () => showStory(s.id) }, 'Show its queue'))));
    } catch (e) {
      ui.fail(e);
    }
  }

  async function switchBack(story) {
    try {
      await api('PUT', `/stories/${story.id}/premoderation`, { mode: null });
      ui.status(`"${story.title}" follows the site's pre-moderation setting again.`);
      load();
    } catch (e) {
      ui.error(messageOf(e));
    }
  }

  return { element, load };
}
