import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, createHashRouter, RouterProvider } from 'react-router';
import { STATIC_DEMO } from '../config/env';
import { createI18n } from '../i18n/i18n';
import { pickLanguage } from '../i18n/remembered-language';
import { preloadPagesWhenIdle } from './page-preload';
import { PAGE_LOADERS, routes } from './routes';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The server is local; a failed request is worth one quick retry, not three slow ones.
        retry: 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}

// The static demo routes in the hash (`index.html#/air?…`): any static host or a USB stick's file
// server serves index.html for every page without a fallback rule, and relative asset paths hold.
const router = STATIC_DEMO ? createHashRouter(routes) : createBrowserRouter(routes);
/** The query string of the page's address (in the hash for the static demo). */
const urlSearch = () =>
  STATIC_DEMO ? window.location.hash.slice(window.location.hash.indexOf('?') + 1 || window.location.hash.length) : window.location.search;

export function App() {
  const [queryClient] = useState(createQueryClient);
  // First paint already in the right language (the link's, else this browser's last choice);
  // useLanguage keeps it in step with the URL after.
  const [i18n] = useState(() => createI18n(pickLanguage(urlSearch())));
  // Every page's code, once the app is idle: a page opened later needs no network.
  useEffect(() => preloadPagesWhenIdle(PAGE_LOADERS), []);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
