/**
 * A share link (`/s/<slug>`) redirects to `viewAddress` (shared), computed on the server. The page it
 * opens must read back the very scenario, moment and language that were saved, through the web's own
 * readers, and spell them as the web's own writers do, so the link and the address bar agree.
 */
import { type ScenarioView, viewAddress } from '@sandbox/shared/scenario/address';
import { type Scenario, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { describe, expect, it } from 'vitest';
import { clockFromSearch, writeClock } from '../clock/clock-url';
import { decodeScenario, writeScenario } from './scenario-codec';

const SCENARIOS: Scenario[] = [
  ScenarioSchema.parse({}),
  ScenarioSchema.parse({ city: 'dayton', seed: 7, levers: { evShare: 0.4, signalRetiming: true } }),
  // Lever windows as the dashboard holds them (read from a URL: `toISOString`, milliseconds included).
  ScenarioSchema.parse({
    levers: {
      heatWave: { from: '2026-07-14T00:00:00.000Z', to: '2026-07-17T00:00:00.000Z', deltaC: 8 },
      demandResponse: { from: '2026-07-15T18:00:00.000Z', to: '2026-07-15T22:00:00.000Z', depth: 0.7 },
    },
    faults: [{ kind: 'dropout', stationId: 'linden', from: '2026-07-15T10:00:00Z', to: '2026-07-15T17:00:00Z' }],
  }),
];

const VIEWS: ScenarioView[] = [
  { page: '/' },
  { page: '/air', t: '2026-07-15T21:00:00.400Z', lang: 'ko' },
  { page: '/data', t: '2026-07-15T12:30:00Z', lang: 'en', params: { stream: 'air', station: 'linden' } },
];

describe('the page a share link opens', () => {
  it.each(SCENARIOS.flatMap((scenario) => VIEWS.map((view) => [scenario, view] as const)))(
    'reads back the saved scenario and moment, spelled as the address bar spells them (%#)',
    (scenario, view) => {
      const url = new URL(viewAddress(scenario, view), 'http://localhost');
      expect(url.pathname).toBe(view.page);
      const read = decodeScenario(url.searchParams);
      expect(read.ignored).toEqual([]);
      expect(read.scenario).toEqual(scenario);
      const clock = clockFromSearch(url.searchParams, Date.parse('2030-01-01T00:00:00Z'));
      if (view.t) expect(clock).toMatchObject({ anchorSimMs: Math.floor(Date.parse(view.t) / 1000) * 1000, playing: false, live: false });
      else expect(clock.live).toBe(true);
      expect(url.searchParams.get('lang')).toBe(view.lang ?? null);

      // The address bar's own writers, in the order the dashboard applies them.
      let written = new URLSearchParams(view.lang ? { lang: view.lang } : {});
      if (view.t) written = writeClock(written, clock, Date.parse(view.t));
      writeScenario(written, scenario);
      for (const [key, value] of Object.entries(view.params ?? {})) written.set(key, value);
      expect([...url.searchParams]).toEqual([...written]);
    },
  );
});
