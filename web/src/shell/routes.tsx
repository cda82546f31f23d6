/**
 * Pages load as their own chunks (charts and page code stay out of the shell's first download);
 * the shell (header, clock, scenario) is drawn at once and each page fills in when it arrives.
 */
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { STATIC_DEMO } from '../config/env';
import { ComingSoonPage } from './coming-soon-page';
import { Layout } from './layout';
import { NeedsServerPage } from './needs-server-page';
import { NotFoundPage } from './not-found-page';
import { PageLoading } from './page-loading';
import { OTHER_PAGES, PAGES, type PageInfo } from './pages';
import { RouteError } from './route-error';
import { StandaloneLayout } from './standalone-layout';

/** A page drawn from its own chunk: the shell shows at once, the page when its code has arrived. */
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** The built pages by path; each import stays a literal so the bundler splits the page into its chunk. */
const BUILT: Record<string, () => Promise<ComponentType>> = {
  '/': () => import('../features/overview/overview-page').then((m) => m.OverviewPage),
  '/air': () => import('../features/air/air-page').then((m) => m.AirPage),
  '/policy': () => import('../features/policy/policy-page').then((m) => m.PolicyPage),
  '/data': () => import('../features/data/data-page').then((m) => m.DataPage),
  '/energy': () => import('../features/energy/energy-page').then((m) => m.EnergyPage),
  '/mobility': () => import('../features/mobility/mobility-page').then((m) => m.MobilityPage),
  '/lab': () => import('../features/lab/lab-page').then((m) => m.LabPage),
  '/saved': () => import('../features/saved/saved-page').then((m) => m.SavedPage),
  '/rooms': () => import('./rooms-setup').then((m) => m.RoomsSetup),
  '/lessons': () => import('../features/lessons/lessons-page').then((m) => m.LessonsPage),
  '/classes': () => import('../features/classes/classes-page').then((m) => m.ClassesPage),
};

/** Pages that keep records on the server: the static demo shows what they need instead. */
const SERVER_ONLY = new Set([
  '/saved',
  '/rooms',
  '/lessons',
  '/join',
  '/join/:code',
  '/rooms/:code',
  '/classes',
  '/classes/:code',
  '/class/:code',
]);
const needsServer = (path: string) => STATIC_DEMO && SERVER_ONLY.has(path);

/** The home page is the index route; every other page has its path. A page not built yet says so. */
function pageRoute(page: PageInfo): RouteObject {
  const load = BUILT[page.path];
  const element = needsServer(page.path) ? <NeedsServerPage /> : load ? lazyPage(load) : <ComingSoonPage page={page} />;
  return page.path === '/' ? { index: true, element } : { path: page.path, element };
}

/** A room's board (the projector) and the participant's view, a class's pages: no clock, scenario or navigation. */
const joinPage = () => import('../features/rooms/join-page').then((m) => m.JoinPage);
const STANDALONE: RouteObject[] = (
  [
    { path: '/join', element: lazyPage(joinPage) },
    { path: '/join/:code', element: lazyPage(joinPage) },
    { path: '/rooms/:code', element: lazyPage(() => import('../features/rooms/room-page').then((m) => m.RoomPage)) },
    // A class's teacher page and a student's way in (issue 15): no clock, scenario or navigation.
    { path: '/classes/:code', element: lazyPage(() => import('../features/classes/class-teacher-page').then((m) => m.ClassTeacherPage)) },
    { path: '/class/:code', element: lazyPage(() => import('../features/classes/class-join-page').then((m) => m.ClassJoinPage)) },
  ] satisfies RouteObject[]
).map((route) => (needsServer(route.path) ? { path: route.path, element: <NeedsServerPage /> } : route));

/** One panel alone, for an iframe (/embed/<name>); /embed alone lists the names. */
const embedPage = () => import('./embed/embed-page').then((m) => m.EmbedPage);
const EMBED: RouteObject[] = [
  { path: '/embed', element: lazyPage(embedPage) },
  { path: '/embed/:panel', element: lazyPage(embedPage) },
];

/**
 * A page that fails (its code cannot be fetched offline, or it throws) says so in its own place:
 * on each child route, so the header, navigation and clock stay around it, never React Router's
 * developer screen in place of the whole app.
 */
const withErrorElement = (route: RouteObject): RouteObject => ({ ...route, errorElement: <RouteError /> });

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [...[...PAGES, ...OTHER_PAGES].map(pageRoute), { path: '*', element: <NotFoundPage /> }].map(withErrorElement),
  },
  { element: <StandaloneLayout />, children: STANDALONE.map(withErrorElement) },
  ...EMBED.map(withErrorElement),
];

/** Every page's code, for the shell's idle preload (page-preload.ts). */
export const PAGE_LOADERS: readonly (() => Promise<unknown>)[] = Object.values(BUILT);
