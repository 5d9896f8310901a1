import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { UiLanguageProvider } from './components/ui-language';
import { router } from './router';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <UiLanguageProvider>
      <RouterProvider router={router} />
    </UiLanguageProvider>
  </StrictMode>,
);
