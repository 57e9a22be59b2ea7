/*! Parley comment counts: fills <span data-parley-count="URL"> with one request per 100 URLs. */
(() => {
  const s = document.currentScript || document.querySelector('script[src*="count.js"][data-site]');
  if (!s) return;
  const api = `${new URL('.', s.src).href}api/v1/sites/${encodeURIComponent(s.dataset.site || 'demo')}/counts`;
  const abs = u => new URL(u || location.href, location.href).href.split('#')[0];
  const run = async () => {
    const els = [...document.querySelectorAll('[data-parley-count]')];
    const urls = [...new Set(els.map(e => abs(e.dataset.parleyCount)))];
    const counts = {};
    for (let i = 0; i < urls.length; i += 100) {
      const batch = urls.slice(i, i + 100);
      const q = batch.map(u => 'url=' + encodeURIComponent(u)).join('&');
      // A GET with a short query is a simple request (no CORS preflight); long lists go in a POST body.
      const r = await fetch(q.length < 1800 ? `${api}?${q}` : api, q.length < 1800 ? { credentials: 'omit' }
        : { method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ urls: batch }) })
        .then(r => r.ok ? r.json() : {}, () => ({}));
      Object.assign(counts, r.counts);
    }
    for (const e of els) {
      const n = counts[abs(e.dataset.parleyCount)];
      if (n == null) continue;
      const t = (n === 1 && e.dataset.one) || e.dataset.other;
      e.textContent = t ? t.replace('{n}', n) : n;
    }
  };
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', run) : run();
  window.parleyCounts = run;
})();
