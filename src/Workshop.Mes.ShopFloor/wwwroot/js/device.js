// Small things the browser does for the screens: a beep and a buzz on a scan, the camera's barcode detector, focus.

let audio = null;

export function signal() {
  try {
    audio = audio || new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 1200;
    gain.gain.value = 0.2;
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.12);
  } catch { /* no sound on this device */ }
  if (navigator.vibrate) navigator.vibrate(80);
}

export function hasCamera() { return 'BarcodeDetector' in window && !!navigator.mediaDevices; }

/** Shows the back camera in <video> until a QR code is read; answers its text, or null when stopped. */
export async function scanCamera(video) {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
  video.srcObject = stream;
  await video.play();
  const detector = new BarcodeDetector({ formats: ['qr_code', 'code_128', 'code_39', 'ean_13'] });
  video.dataset.scanning = 'yes';
  try {
    while (video.dataset.scanning === 'yes' && video.isConnected) {
      const codes = await detector.detect(video);
      if (codes.length > 0) return codes[0].rawValue;
      await new Promise(resolve => setTimeout(resolve, 200));
    }
    return null;
  } finally {
    stream.getTracks().forEach(track => track.stop());
  }
}

export function stopCamera(video) { if (video) video.dataset.scanning = 'no'; }

export function focus(element) { if (element) element.focus(); }

export function online() { return navigator.onLine; }

export function setLanguage(lang) { localStorage.setItem('mes.lang', lang); location.reload(); }

export function watchOnline(back) {
  const tell = () => back.invokeMethodAsync('OnlineChanged', navigator.onLine);
  window.addEventListener('online', tell);
  window.addEventListener('offline', tell);
}

export function read(key) { return localStorage.getItem(key); }

export function write(key, value) { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value); }
export function zoneOffset() { return -new Date().getTimezoneOffset(); }
