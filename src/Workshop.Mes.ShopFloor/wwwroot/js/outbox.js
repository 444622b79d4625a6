// The tablet's outbox (ADR 0052): every action is an event with a tablet-made id and capture time, written to
// IndexedDB before anything else; a sender flushes them in capture order in batches and removes an event only when
// the server answered Stored, Duplicate or Rejected for it. Rejected ones move to a list the worker sees.
// Photos wait in the same database and go after their event.

const DB_NAME = 'mes-floor';
// The API takes up to 500 events a request; a smaller batch (mes.outbox.batchLimit) suits a very slow link.
const batchLimit = () => Math.min(500, Number(localStorage.getItem('mes.outbox.batchLimit')) || 500);
const MAX_BACKOFF_MS = 30000;

let dbPromise = null;
let flushing = false;
let again = false;
let backoffMs = 1000;
let retryTimer = null;
const listeners = new Set();
// What waits, as last counted; readable without waiting (a test's polling predicate, the console).
const counts = { events: 0, photos: 0, rejected: 0 };

function db() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => {
        const d = open.result;
        d.createObjectStore('events', { keyPath: 'seq', autoIncrement: true });
        d.createObjectStore('photos', { keyPath: 'photoId' });
        d.createObjectStore('rejected', { keyPath: 'id' });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }
  return dbPromise;
}

async function tx(stores, mode, work) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const t = d.transaction(stores, mode);
    let result;
    Promise.resolve(work(t)).then(r => { result = r; }, reject);
    t.oncomplete = () => resolve(result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

const req = r => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });

function device() {
  try { return JSON.parse(localStorage.getItem('mes.device') || 'null'); } catch { return null; }
}

export function newId() { return crypto.randomUUID(); }

/** Stores the event (its id and capturedAt are set here when missing) and starts a flush; answers the stored event. */
export async function enqueue(session, event) {
  const stored = { ...event, id: event.id || newId(), capturedAt: event.capturedAt || new Date().toISOString() };
  await tx(['events'], 'readwrite', t => req(t.objectStore('events').add({ session, event: stored })));
  await changed();
  flushSoon();
  return stored;
}

const prepared = new Map();

/** Downscales the chosen photo (≤ 1600 px, JPEG) in the browser while its screen is still open; answers a key, or null. */
export async function preparePhoto(input) {
  const file = input && input.files && input.files[0];
  if (!file) return null;
  const key = newId();
  prepared.set(key, await downscale(file, 1600));
  return key;
}

/** Queues a prepared photo behind its event (which is already in the outbox). */
export async function enqueuePhoto(key, eventId, photoId) {
  const blob = prepared.get(key);
  prepared.delete(key);
  if (!blob) return false;
  await tx(['photos'], 'readwrite', t => req(t.objectStore('photos').put({ photoId, eventId, blob, at: Date.now() })));
  await changed();
  flushSoon();
  return true;
}

async function downscale(file, max) {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  } catch {
    return file; // The server checks the content; a format the browser cannot draw goes as it is.
  }
}

/** Events not yet answered, oldest first: { session, event }. */
export async function pending() {
  return tx(['events'], 'readonly', t => req(t.objectStore('events').getAll()));
}

export async function status() {
  return tx(['events', 'photos', 'rejected'], 'readonly', async t => ({
    events: await req(t.objectStore('events').count()),
    photos: await req(t.objectStore('photos').count()),
    rejected: await req(t.objectStore('rejected').getAll()),
    online: navigator.onLine,
  }));
}

export async function dismissRejected(id) {
  await tx(['rejected'], 'readwrite', t => req(t.objectStore('rejected').delete(id)));
  await changed();
}

/** Calls back.invokeMethodAsync('OutboxChanged') (a .NET object) or a plain function on every change. */
export function subscribe(back) { listeners.add(back); }
export function unsubscribe(back) { listeners.delete(back); }

/** Counts again, then tells the listeners; answers once the counts are current. */
async function changed() {
  try {
    const now = await status();
    counts.events = now.events;
    counts.photos = now.photos;
    counts.rejected = now.rejected.length;
  } catch { /* the database is unavailable; the listeners still hear of the change */ }
  for (const back of listeners) {
    try {
      if (typeof back === 'function') back(); else back.invokeMethodAsync('OutboxChanged');
    } catch { /* a listener that went away */ }
  }
  window.dispatchEvent(new CustomEvent('outbox-changed'));
}

function flushSoon(delay = 0) {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => flush(), delay);
}

/** Sends everything waiting, batch by batch; on a network failure it tries again later with a growing pause. */
export async function flush() {
  if (flushing) { again = true; return; }
  flushing = true;
  try {
    do {
      again = false;
      while (await sendBatch()) { /* next batch */ }
      while (await sendPhoto()) { /* next photo */ }
    } while (again);
    backoffMs = 1000;
  } catch (problem) {
    flushSoon(backoffMs);
    backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
  } finally {
    flushing = false;
    changed();
  }
}

function headers(extra) {
  const d = device();
  if (!d) throw new Error('not paired');
  return { Authorization: `Device ${d.token}`, 'Accept-Language': document.documentElement.lang || 'ko', ...extra };
}

// Answers true when it sent a batch (there may be more), false when nothing waits.
async function sendBatch() {
  const all = await pending();
  if (all.length === 0) return false;
  // One batch is one session's events in capture order, up to the limit.
  const session = all[0].session;
  const batch = [];
  const limit = batchLimit();
  for (const item of all) {
    if (item.session !== session || batch.length === limit) break;
    batch.push(item);
  }
  const response = await fetch('/api/v1/floor/events/batch', {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json' }),
    body: JSON.stringify({ workerSession: session, sentAt: new Date().toISOString(), events: batch.map(b => b.event) }),
  });
  if (!response.ok) throw new Error(`batch answered ${response.status}`);
  const answer = await response.json();
  await tx(['events', 'rejected'], 'readwrite', t => {
    for (const result of answer.results) {
      const item = batch[result.index];
      if (!item) continue;
      const outcome = String(result.outcome);
      if (outcome === 'Rejected' || outcome === '2') {
        t.objectStore('rejected').put({ id: item.event.id, event: item.event, code: result.code, message: result.message, at: new Date().toISOString() });
      }
      if (['Stored', 'Duplicate', 'Rejected', '0', '1', '2'].includes(outcome)) {
        t.objectStore('events').delete(item.seq);
      }
    }
  });
  await changed();
  return true;
}

async function sendPhoto() {
  const photos = await tx(['photos'], 'readonly', t => req(t.objectStore('photos').getAll()));
  const waitingEvents = new Set((await pending()).map(p => p.event.id));
  const photo = photos.sort((a, b) => a.at - b.at).find(p => !waitingEvents.has(p.eventId));
  if (!photo) return false;
  const form = new FormData();
  form.append('file', photo.blob, `${photo.photoId}.jpg`);
  form.append('photoId', photo.photoId);
  const response = await fetch(`/api/v1/floor/events/${photo.eventId}/photos`, { method: 'POST', headers: headers({}), body: form });
  if (response.status >= 500 || response.status === 429 || response.status === 401) throw new Error(`photo answered ${response.status}`);
  let message = null;
  if (!response.ok) {
    message = `${response.status}`;
    try { const problem = await response.json(); message = problem.detail || problem.title || message; } catch { /* not JSON */ }
  }
  await tx(['photos', 'rejected'], 'readwrite', t => {
    if (message !== null) {
      t.objectStore('rejected').put({ id: photo.photoId, event: { id: photo.eventId, kind: 'Photo' }, code: 'photo', message, at: new Date().toISOString() });
    }
    t.objectStore('photos').delete(photo.photoId);
  });
  await changed();
  return true;
}

window.addEventListener('online', () => { backoffMs = 1000; flushSoon(); });
window.addEventListener('offline', () => changed());

// The tests (and the console) reach the same outbox.
window.floorOutbox = { enqueue, flush, status, pending, newId, counts };
changed();

// Whatever waited when the app closed goes as soon as it opens again.
flushSoon(500);
