// Starts the app in the tablet's language (a choice saved on the tablet, else the browser's: English for an English
// browser, Korean otherwise) and registers the service worker that keeps the app's files for offline starts.
(function () {
  // The app lives under /floor/: /floor alone is outside its base address.
  if (location.pathname === '/floor') { location.replace('/floor/' + location.search); return; }
  // keepShell reads what the first visit loaded from the browser's resource timing list, which keeps 250 entries by
  // default; an unpublished (debug) build alone loads about 210 files, and the API calls come on top.
  performance.setResourceTimingBufferSize(2000);
  const saved = localStorage.getItem('mes.lang');
  const lang = saved === 'en' || saved === 'ko' ? saved : ((navigator.language || 'ko').toLowerCase().startsWith('en') ? 'en' : 'ko');
  document.documentElement.lang = lang;
  window.floorLanguage = () => lang;
  const started = Blazor.start({ applicationCulture: lang });

  // The copy is made once the app has started (every file it needs at start is loaded) and the worker controls the
  // page (every later file passes through the worker, which keeps it). A file loaded between the two would be missed.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js', { scope: './' })
      .then(() => Promise.all([started, controlled()]))
      .then(keepShell)
      .catch(() => { });
  }

  function controlled() {
    return navigator.serviceWorker.controller
      ? Promise.resolve()
      : new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
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
