/**
 * Renders a component with the app's providers around it: i18n, a fresh query cache, a router, the
 * one clock and the live-frame provider. Give the URL a `t=` (a paused clock): jsdom has no
 * EventSource, and a paused clock reads snapshots through MSW instead.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { LiveFramesProvider } from '../api/live-frames';
import { createI18n, type Language } from '../i18n/i18n';
import { ClockProvider } from '../state/clock/clock-provider';

export function renderWithProviders(
  element: ReactElement,
  {
    url = '/?t=2026-07-15T16:00:00Z',
    language = 'en',
    path = '*',
  }: {
    url?: string;
    language?: Language /** The route the element is on, when it reads path parameters (`/rooms/:code`). */;
    path?: string;
  } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path,
        element: (
          <ClockProvider>
            <LiveFramesProvider>{element}</LiveFramesProvider>
          </ClockProvider>
        ),
      },
      // Where the element navigates to, when it is on a path of its own: an empty page, not a 404.
      ...(path === '*' ? [] : [{ path: '*', element: null }]),
    ],
    { initialEntries: [url] },
  );
  const view = render(
    <I18nextProvider i18n={createI18n(language)}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, router, queryClient };
}
