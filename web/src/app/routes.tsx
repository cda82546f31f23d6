import type { RouteObject } from 'react-router';
import { ComingSoonPage } from '../features/coming-soon/coming-soon-page';
import { NotFoundPage } from '../features/coming-soon/not-found-page';
import { MobilityPage } from '../features/mobility/mobility-page';
import { OverviewPage } from '../features/overview/overview-page';
import { PolicyPage } from '../features/policy/policy-page';
import { Layout } from './layout';
import { PAGES } from './pages';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: '/policy', element: <PolicyPage /> },
      { path: '/mobility', element: <MobilityPage /> },
      ...PAGES.filter((page) => !['/', '/policy', '/mobility'].includes(page.path)).map((page) => ({
        path: page.path,
        element: <ComingSoonPage page={page} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
