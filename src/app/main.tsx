import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preparePrefilter } from '../domain/scoring/prefilter.ts';
import { initI18n, preferredLanguage } from '../i18n/i18n.ts';
import { App } from './App.tsx';
import './app.css';

// The saved choice, else the browser's language (es-* → Spanish), else English.
await initI18n(preferredLanguage());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The scorer reads its patterns once (a fraction of a second); do it while the page is idle, not on the first answer.
const whenIdle = window.requestIdleCallback ?? ((task: () => void) => window.setTimeout(task, 500));
whenIdle(() => preparePrefilter());
