/**
 * The address of a view of the dashboard: a page, the moment on its clock, the language and the
 * scenario, as the page URL the web app reads. One spelling for everyone who writes such a URL: the
 * web's address bar (state/scenario/scenario-codec.ts) and the server's share links (`/s/<slug>`),
 * which must not import the web app. The scenario parameters are `scenarioToQuery`'s, minus the
 * default city, in the same order.
 */
import { z } from 'zod';
import { IsoTimeSchema } from '../common/schemas';
import { scenarioQueryShape, scenarioToQuery } from './query';
import type { Scenario } from './schemas';

/** The dashboard's pages a view can open (its navigation, in order). */
export const VIEW_PAGES = ['/', '/air', '/energy', '/mobility', '/lab', '/policy', '/data'] as const;
export type ViewPage = (typeof VIEW_PAGES)[number];

/** Parameters the view carries itself (language and clock) or through its scenario; page parameters may not reuse them. */
const RESERVED_PARAMS = new Set(['lang', 't', 'speed', 'play', 'live', ...Object.keys(scenarioQueryShape)]);

const PageParamsSchema = z
  .record(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/, 'must be a parameter name: a letter, then letters or digits (at most 32)')
      .refine((key) => !RESERVED_PARAMS.has(key), 'is a language, clock or scenario parameter; set it in the view or the scenario instead'),
    z.string().max(500, 'at most 500 characters'),
  )
  .refine((params) => Object.keys(params).length <= 20, 'at most 20 page parameters')
  .describe('Page-specific URL parameters (e.g. the Data page’s chosen station), kept as they are.');

/** Where a saved scenario opens: the page, the moment (absent: live), the language and page parameters. */
export const ScenarioViewSchema = z
  .object({
    page: z.enum(VIEW_PAGES).default('/').describe('The page the view opens.'),
    t: IsoTimeSchema.optional().describe('The sim-clock moment, paused there; absent opens live.'),
    lang: z.enum(['en', 'ko']).optional().describe('The interface language; absent follows the browser.'),
    params: PageParamsSchema.optional(),
  })
  .strict()
  .describe('The view a saved scenario reopens.');
export type ScenarioView = z.infer<typeof ScenarioViewSchema>;

/** The scenario's URL parameters as the address bar shows them: only what differs from the defaults, the default city left out. */
export function scenarioAddressParams(scenario: Scenario): [string, string][] {
  return Object.entries(scenarioToQuery(scenario)).filter(([key, value]) => !(key === 'city' && value === 'columbus'));
}

/** An instant in the clock's spelling (whole seconds, `Z`). */
const clockInstant = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** The page URL of a view: path and query string, e.g. `/air?lang=ko&t=2026-07-15T17:00:00Z&evShare=0.4`. */
export function viewAddress(scenario: Scenario, view: ScenarioView): string {
  const pairs: [string, string][] = [
    ...(view.lang ? [['lang', view.lang] as [string, string]] : []),
    ...(view.t ? [['t', clockInstant(view.t)] as [string, string]] : []),
    ...scenarioAddressParams(scenario),
    ...Object.entries(view.params ?? {}),
  ];
  const query = pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
  return query ? `${view.page}?${query}` : view.page;
}
