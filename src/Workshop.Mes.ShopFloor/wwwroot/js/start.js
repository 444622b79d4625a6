// Starts the app in the tablet's language (a choice saved on the tablet, else the browser's: English for an English
// browser, Korean otherwise) and registers the service worker that keeps the app's files for offline starts.
(function () {
  // The app lives under /floor/: /floor alone is outside its base address.
  if (location.pathname === '/floor') { location.replace('/floor/' + location.search); return; }
  const saved = localStorage.getItem('mes.lang');
  const lang = saved === 'en' || saved === 'ko' ? saved : ((navigator.language || 'ko').toLowerCase().startsWith('en') ? 'en' : 'ko');
  document.documentElement.lang = lang;
  window.floorLanguage = () => lang;
  Blazor.start({ applicationCulture: lang });

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js', { scope: './' }).then(() => navigator.serviceWorker.ready).then(keepShell).catch(() => { });
  }

  // The first visit loaded its files before the worker ran; put what it loaded into the worker's cache now.
  async function keepShell() {
    const base = new URL(document.baseURI);
    const urls = new Set([base.href, new URL('index.html', base).href]);
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name);
      if (url.origin === base.origin && url.pathname.startsWith(base.pathname)) urls.add(url.href);
    }
    const cache = await caches.open('floor-shell');
    const missing = async () => (await Promise.all([...urls].map(async u => ((await cache.match(u)) ? null : u)))).filter(Boolean);
    // A busy link can drop a copy: try the missing ones again, and say the shell is kept only when every file is.
    for (let attempt = 0; attempt < 3; attempt++) {
      const left = await missing();
      if (left.length === 0) break;
      await Promise.all(left.map(u => cache.add(u).catch(() => { })));
    }
    window.floorShellKept = (await missing()).length === 0;
  }
})();
