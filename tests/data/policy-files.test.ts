import { readFileSync, statSync } from 'node:fs';
import {
  AGENCY_IDS,
  type LocalizedText,
  localizePolicy,
  PartialDateSchema,
  PolicyAgencyFileSchema,
  type PolicyData,
  PolicyProgramFileSchema,
  PolicySchema,
  PolicySourceFileSchema,
  PolicyTimelineFileSchema,
  policyIssues,
  UsOutlineSchema,
} from '@sandbox/shared';
import { describe, expect, it } from 'vitest';

const policyDir = new URL('../../data/policy/', import.meta.url);

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, policyDir), 'utf8'));

const data: PolicyData = {
  sources: PolicySourceFileSchema.parse(read('sources.json')),
  agencies: PolicyAgencyFileSchema.parse(read('agencies.json')),
  programs: PolicyProgramFileSchema.parse(read('programs.json')),
  timeline: PolicyTimelineFileSchema.parse(read('timeline.json')),
};

/** Every `{ en, ko }` in a value, with the path where it sits. */
function texts(value: unknown, path = ''): [string, LocalizedText][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && 'en' in value && 'ko' in value) return [[path, value as LocalizedText]];
  return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
}

const HANGUL = /[\uac00-\ud7a3]/;
const allFigures = [...data.programs.flatMap((p) => p.figures), ...data.timeline.flatMap((e) => e.figures)];

describe('data/policy', () => {
  it('every file validates with its schema and the cross references resolve', () => {
    expect(policyIssues(data)).toEqual([]);
  });

  it('has the eight agencies, once each', () => {
    expect(data.agencies.map((a) => a.id).sort()).toEqual([...AGENCY_IDS].sort());
  });

  it('every item has a source (the schemas require one) and every source is cited', () => {
    const cited = new Set(
      [...data.agencies, ...data.programs, ...data.timeline, ...allFigures]
        .flatMap((item) => item.sources)
        .concat(allFigures.flatMap((f) => f.alternatives.flatMap((a) => a.sources))),
    );
    for (const item of [...data.agencies, ...data.programs, ...data.timeline]) expect(item.sources.length, item.id).toBeGreaterThan(0);
    for (const source of data.sources) expect(cited, source.id).toContain(source.id);
  });

  it('every text exists in English and Korean, and the Korean is written in Hangul', () => {
    const all = texts(data);
    expect(all.length).toBeGreaterThan(200);
    for (const [path, text] of all) {
      expect(text.en.trim(), `${path}.en`).not.toBe('');
      expect(text.ko.trim(), `${path}.ko`).not.toBe('');
      // Names such as "CitySDK" or "5G" are the same in both languages; sentences are not.
      if (text.en.split(' ').length > 4) expect(text.ko, `${path}.ko`).toMatch(HANGUL);
    }
  });

  it('cites the overview footnotes 1–16, each from exactly one source', () => {
    // Footnotes 2, 5 and 9 cite one Korean report, 3 and 4 another: a source lists all its numbers.
    const footnotes = data.sources.flatMap((s) => s.overviewFootnotes ?? []);
    expect([...footnotes].sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('dates parse, timeline spans 2007 to at least 2025, and date ranges run forward', () => {
    for (const event of data.timeline) {
      expect(PartialDateSchema.safeParse(event.date).success, event.id).toBe(true);
      if (event.endDate) expect(event.endDate >= event.date, event.id).toBe(true);
    }
    const years = data.timeline.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(2007);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2025);
  });

  it('marks the dates FACTS.md flags: the 2009 strategy is unverified and says why', () => {
    const sai2009 = data.timeline.find((e) => e.id === 'sai-2009');
    expect(sai2009?.dateCertainty).toBe('unverified');
    expect(sai2009?.dateNote?.en).toMatch(/2009/);
  });

  it('tags every event with agencies the filter knows and at least one domain', () => {
    for (const event of data.timeline) {
      for (const agency of event.agencies) expect(AGENCY_IDS).toContain(agency);
      expect(event.domains.length, event.id).toBeGreaterThan(0);
    }
    for (const agency of AGENCY_IDS)
      expect(
        data.timeline.some((e) => e.agencies.includes(agency)),
        agency,
      ).toBe(true);
  });

  it('places the seven Smart City Challenge finalists in the contiguous US, Columbus the winner', () => {
    const challenge = data.programs.find((p) => p.id === 'smart-city-challenge');
    expect(challenge?.places).toHaveLength(7);
    for (const place of challenge?.places ?? []) {
      const [lng, lat] = place.location;
      expect(lng, place.id).toBeGreaterThan(-125);
      expect(lng, place.id).toBeLessThan(-66);
      expect(lat, place.id).toBeGreaterThan(24);
      expect(lat, place.id).toBeLessThan(50);
    }
    expect(challenge?.places.filter((p) => p.winner).map((p) => p.id)).toEqual(['columbus']);
  });

  it('shows the overview’s smart-meter figure with its citation and the federal figure beside it', () => {
    const grid = data.programs.find((p) => p.id === 'smart-grid-program');
    const meters = grid?.figures.find((f) => f.id === 'smart-meters');
    expect(meters).toMatchObject({ value: 30000, qualifier: 'atLeast', sources: expect.arrayContaining(['overview', 'smartgrid-gov']) });
    expect(meters?.alternatives[0]).toMatchObject({ value: 14200000, sources: ['recovery-gov-smart-grid'] });
    const records = grid?.figures.find((f) => f.id === 'data-records');
    expect(records?.value).toBe(350_000_000_000);
    expect(records?.alternatives.length).toBeGreaterThan(0);
  });

  it('notes every figure where sources disagree: meters, records, project count, fund, intersections', () => {
    const disputed = allFigures.filter((f) => f.alternatives.length > 0).map((f) => f.id);
    expect(disputed).toEqual(expect.arrayContaining(['smart-meters', 'data-records', 'projects', 'acceleration-fund', 'intersections']));
  });

  it('ties the three telemetry pages to their programs', () => {
    const streams = Object.fromEntries(data.programs.flatMap((p) => p.telemetry.map((t) => [`${p.id}:${t.stream}`, t.agency])));
    expect(streams).toMatchObject({
      'village-green-project:air': 'epa',
      'smart-grid-program:energy': 'doe',
      'smart-columbus:mobility': 'dot',
    });
  });

  it.each(['en', 'ko'] as const)('serves a valid %s answer', (lang) => {
    const served = PolicySchema.parse(localizePolicy(data, lang));
    expect(served.timeline).toHaveLength(data.timeline.length);
    const dates = served.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('data/geo/us-states.geojson', () => {
  const file = new URL('../../data/geo/us-states.geojson', import.meta.url);
  const outline = UsOutlineSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

  it('validates, stays small, and outlines the contiguous US around every finalist', () => {
    expect(statSync(file).size).toBeLessThan(300 * 1024);
    const nation = outline.features.find((f) => f.properties.kind === 'nation')?.geometry;
    const points = nation?.type === 'MultiPolygon' ? nation.coordinates.flat(2) : [];
    const lngs = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    expect(Math.min(...lngs)).toBeLessThan(-124);
    expect(Math.max(...lngs)).toBeGreaterThan(-67.5);
    expect(Math.min(...lats)).toBeLessThan(25.5);
    expect(Math.max(...lats)).toBeGreaterThan(49);
  });
});
