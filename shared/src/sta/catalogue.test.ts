import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { testCity } from '../test-support/test-city';
import { parseFilter } from './filter-parser';
import { NAVIGATION, type StoredSet } from './model';
import { MAX_WINDOW_MS, OBSERVATION_BUDGET, observationWindow, readObservations, windowCapMs } from './observations';
import { testSta } from './test-backend';

const NOW = Date.parse('2026-07-16T10:20:00Z');
const sta = testSta(testCity, NOW);
const { catalogue } = sta;

describe('catalogue', () => {
  it('has a Thing, Location and FeatureOfInterest per bench, metered district and corridor segment', () => {
    const segments = sta.telemetry.network({ city: testCity.id }).segments;
    const things = [...catalogue.sets.Things.keys()];
    expect(things.filter((id) => id.startsWith('air:'))).toEqual(testCity.stations.map((s) => `air:${s.id}`));
    expect(things.filter((id) => id.startsWith('meters:'))).toEqual(['meters:north', 'meters:south']);
    expect(things.filter((id) => id.startsWith('segment:'))).toEqual(segments.map((s) => `segment:${s.id}`));
    expect([...catalogue.sets.Locations.keys()]).toEqual(things);
    expect([...catalogue.sets.FeaturesOfInterest.keys()]).toEqual(things);
  });

  it('gives each Thing one Datastream per REST metric, each with a Sensor, an ObservedProperty and a source', () => {
    expect(catalogue.sets.Things.get('air:north-park')?.links.Datastreams).toHaveLength(7);
    expect(catalogue.sets.Things.get('meters:north')?.links.Datastreams).toEqual([
      'meters:north:demandKw',
      'meters:north:importKw',
      'meters:north:exportKw',
    ]);
    for (const [id, datastream] of catalogue.sets.Datastreams) {
      expect(catalogue.sources.get(id)?.featureOfInterestId).toBe(datastream.links.Thing);
      expect(catalogue.sets.Sensors.get(String(datastream.links.Sensor))?.links.Datastreams).toContain(id);
      expect(catalogue.sets.ObservedProperties.get(String(datastream.links.ObservedProperty))?.links.Datastreams).toContain(id);
    }
  });

  it('links only to entities that exist, in sets the navigation table names', () => {
    for (const [set, entities] of Object.entries(catalogue.sets) as [StoredSet, typeof catalogue.sets.Things][]) {
      for (const entity of entities.values()) {
        for (const [nav, ids] of Object.entries(entity.links)) {
          const target = NAVIGATION[set][nav]?.set as StoredSet;
          expect(target, `${set}.${nav}`).toBeDefined();
          for (const id of typeof ids === 'string' ? [ids] : ids)
            expect(catalogue.sets[target].has(id), `${set}(${entity.id}).${nav} → ${id}`).toBe(true);
        }
      }
    }
  });
});

describe('observation window', () => {
  const one = [catalogue.sources.get('air:north-park:pm25UgM3')].filter((s) => s !== undefined);
  const all = [...catalogue.sources.values()];
  const at = (iso: string) => Date.parse(iso);

  it('is the 24 hours before the current hour by default, fewer when the budget says so', () => {
    expect(observationWindow(undefined, one, NOW)).toEqual({ fromMs: at('2026-07-15T10:00:00Z'), toMs: at('2026-07-16T10:00:00Z') });
    const perHour = all.reduce((sum, s) => sum + HOUR_MS / s.stepMs, 0);
    expect(windowCapMs(all)).toBe(Math.floor(OBSERVATION_BUDGET / perHour) * HOUR_MS);
    expect(windowCapMs(one)).toBe(MAX_WINDOW_MS);
  });

  it('covers the whole hours the phenomenonTime bounds touch', () => {
    const filter = parseFilter('phenomenonTime ge 2026-07-15T04:30:00Z and phenomenonTime le 2026-07-15T06:00:00Z and result gt 1');
    expect(observationWindow(filter, all, NOW)).toEqual({ fromMs: at('2026-07-15T04:00:00Z'), toMs: at('2026-07-15T07:00:00Z') });
    expect(observationWindow(parseFilter('phenomenonTime ge 2026-07-01T00:00:00Z'), one, NOW)).toEqual({
      fromMs: at('2026-07-01T00:00:00Z'),
      toMs: at('2026-07-08T00:00:00Z'),
    });
  });

  it('refuses bounds over the cap with a 400 naming it', () => {
    const filter = parseFilter('phenomenonTime ge 2026-07-01T00:00:00Z and phenomenonTime lt 2026-07-09T00:00:00Z');
    expect(() => observationWindow(filter, one, NOW)).toThrow(
      /spans 192 hours; for these 1 Datastream\(s\) a request reads at most 168 hours/,
    );
  });

  it('reads the REST series: a value per step in the window, none for a null', async () => {
    const window = { fromMs: at('2026-07-15T18:00:00Z'), toMs: at('2026-07-15T19:00:00Z') };
    const rows = await readObservations(sta.backend, all, { city: testCity.id }, window);
    const air = rows.filter((row) => row.source.id === 'air:north-park:pm25UgM3');
    expect(air.map((row) => row.timeMs)).toEqual(Array.from({ length: 60 }, (_, i) => window.fromMs + i * MINUTE_MS));
    expect(rows.filter((row) => row.source.id === 'meters:north:demandKw')).toHaveLength(4);
    expect(rows.filter((row) => row.source.id.endsWith(':speedMps')).every((row) => row.value >= 0)).toBe(true);
  });
});

describe('answers', () => {
  it('gives the count alone for $top=0, with no next page', async () => {
    const answer = await sta.get('/Things?$top=0&$count=true');
    expect(answer.body).toEqual({ '@iot.count': catalogue.sets.Things.size, value: [] });
  });

  it('checks the $select of an expanded Datastream of an Observation', async () => {
    await expect(
      sta.get("/Observations('air:north-park:pm25UgM3@2026-07-15T18:00:00.000Z')?$expand=Datastream($select=colour)"),
    ).rejects.toThrow('Datastreams have no property "colour" to select');
  });
});
