// Browser entry. The page arrives prerendered, so people can read it at once; the app code is
// fetched only after that first paint, keeping slow connections free for the text first.
import './styles/index.css';
import './styles/journey.css';
import './styles/print.css';
import { captureInstallPrompt } from './pwa/install';

captureInstallPrompt();

const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

void afterFirstPaint()
  .then(() => import('./boot'))
  .then(({ boot }) => boot());
