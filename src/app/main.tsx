import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
