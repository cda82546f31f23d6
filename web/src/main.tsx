import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
// Korean: split by unicode-range, so the browser fetches (from our own origin) only the subsets a page uses.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles/app.css';
import './ui/kit.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/app';

// The static demo's engine worker starts loading its code and data now, alongside the app's boot
// (an inline mode test, folded away in the server build: see config/env.ts).
if (import.meta.env.MODE === 'static') void import('./api/local/worker-transport').then(({ startEngine }) => startEngine());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
