/**
 * Pages load as their own chunks (charts and page code stay out of the shell's first download);
 * the shell (header, clock, scenario) is drawn at once and each page fills in when it arrives.
 */
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { ComingSoonPage } from './coming-soon-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageLoading } from './page-loading';
import { PAGES } from './pages';

function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

const BUILT: Record<string, RouteObject> = {
  '/': {
    index: true,
    element: lazyPage(
      () => import('../features/overview/overview-page'),
      (m) => m.OverviewPage,
    ),
  },
  '/air': {
    path: '/air',
    element: lazyPage(
      () => import('../features/air/air-page'),
      (m) => m.AirPage,
    ),
  },
  '/policy': {
    path: '/policy',
    element: lazyPage(
      () => import('../features/policy/policy-page'),
      (m) => m.PolicyPage,
    ),
  },
  '/data': {
    path: '/data',
    element: lazyPage(
      () => import('../features/data/data-page'),
      (m) => m.DataPage,
    ),
  },
  '/energy': {
    path: '/energy',
    element: lazyPage(
      () => import('../features/energy/energy-page'),
      (m) => m.EnergyPage,
    ),
  },
  '/lab': {
    path: '/lab',
    element: lazyPage(
      () => import('../features/lab/lab-page'),
      (m) => m.LabPage,
    ),
  },
  '/mobility': {
    path: '/mobility',
    element: lazyPage(
      () => import('../features/mobility/mobility-page'),
      (m) => m.MobilityPage,
    ),
  },
};

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      ...PAGES.map((page) => BUILT[page.path] ?? { path: page.path, element: <ComingSoonPage page={page} /> }),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
