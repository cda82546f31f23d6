import { describe, expect, it } from 'vitest';
import { ScenarioViewSchema, scenarioAddressParams, viewAddress } from './address';
import { ScenarioSchema } from './schemas';

describe('viewAddress', () => {
  it('is the bare page for the default scenario opened live in the browser language', () => {
    expect(viewAddress(ScenarioSchema.parse({}), ScenarioViewSchema.parse({}))).toBe('/');
    expect(viewAddress(ScenarioSchema.parse({}), ScenarioViewSchema.parse({ page: '/energy' }))).toBe('/energy');
  });

  it('spells language, moment (whole seconds), scenario and page parameters in that order', () => {
    const scenario = ScenarioSchema.parse({ city: 'dayton', seed: 7, levers: { evShare: 0.4 } });
    const view = ScenarioViewSchema.parse({
      page: '/data',
      t: '2026-07-15T21:00:00.900+00:00',
      lang: 'ko',
      params: { station: 'linden x' },
    });
    expect(viewAddress(scenario, view)).toBe('/data?lang=ko&t=2026-07-15T21%3A00%3A00Z&city=dayton&seed=7&evShare=0.4&station=linden%20x');
  });

  it('leaves the default city out, as the address bar does', () => {
    expect(scenarioAddressParams(ScenarioSchema.parse({ seed: 3 }))).toEqual([['seed', '3']]);
    expect(scenarioAddressParams(ScenarioSchema.parse({ city: 'dayton' }))).toEqual([['city', 'dayton']]);
  });
});

describe('ScenarioViewSchema', () => {
  it.each([
    [{ page: '/nowhere' }, 'page'],
    [{ t: 'yesterday' }, 't'],
    [{ lang: 'fr' }, 'lang'],
    [{ params: { evShare: '0.4' } }, 'params.evShare'],
    [{ params: { t: 'x' } }, 'params.t'],
    [{ params: { '1bad': 'x' } }, 'params.1bad'],
    [{ params: { station: 'x'.repeat(501) } }, 'params.station'],
    [{ params: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`p${i}`, 'x'])) }, 'params'],
    [{ colour: 'blue' }, ''],
  ])('refuses %j, naming %s', (view, path) => {
    const result = ScenarioViewSchema.safeParse(view);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
