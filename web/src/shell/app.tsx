import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { browserLanguage, createI18n, languageFromUrl } from '../i18n/i18n';
import { routes } from './routes';

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

const router = createBrowserRouter(routes);

export function App() {
  const [queryClient] = useState(createQueryClient);
  // First paint already in the right language; useLanguage keeps it in step with the URL after.
  const [i18n] = useState(() => createI18n(languageFromUrl(window.location.search) ?? browserLanguage()));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
