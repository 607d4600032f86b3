import '@fontsource/roboto/300.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

void initI18n().then((i18n) => {
  document.documentElement.lang = i18n.language;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
