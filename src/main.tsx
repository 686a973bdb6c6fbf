// Browser entry. The page arrives prerendered, so people can read it at once; the app code is
// fetched only after that first paint, keeping slow connections free for the text first.
import './styles/fonts.css';
import './styles/index.css';
import './styles/journey.css';
import './styles/print.css';

// The install offer can fire before the app code arrives: keep it for pwa/install.ts, without
// importing anything here (every import would be fetched before the first paint).
const install: { event?: Event; onChange?: () => void } = (window.jalonsInstall = {});
addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  install.event = event;
  install.onChange?.();
});
addEventListener('appinstalled', () => {
  install.event = undefined;
  install.onChange?.();
});

const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

void afterFirstPaint()
  .then(() => import('./boot'))
  .then(({ boot }) => boot());
