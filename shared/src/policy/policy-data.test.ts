import { describe, expect, it } from 'vitest';
import { localize, localizePolicy, policyIssues } from './policy-data';
import { PartialDateSchema, type PolicyData, PolicyProgramFileSchema, PolicySchema, PolicyTimelineFileSchema } from './schemas';

const text = (en: string) => ({ en, ko: `${en} (한국어)` });

function first<T>(list: T[]): T {
  const item = list[0];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function minimalData(): PolicyData {
  return {
    sources: [{ id: 'src', kind: 'government', title: 'A source' }],
    agencies: [{ id: 'dot', acronym: 'DOT', name: text('Transportation'), role: text('Roads'), sources: ['src'] }],
    programs: PolicyProgramFileSchema.parse([
      {
        id: 'prog',
        kind: 'program',
        name: text('Program'),
        start: '2015',
        leadBy: text('Someone'),
        agencies: ['dot'],
        domains: ['mobility'],
        summary: text('What it does'),
        sources: ['src'],
        figures: [{ id: 'f', value: 1, unit: 'count', label: text('Things'), sources: ['src'] }],
      },
    ]),
    timeline: PolicyTimelineFileSchema.parse([
      {
        id: 'later',
        date: '2016-06',
        dateCertainty: 'confirmed',
        title: text('Later'),
        summary: text('Second'),
        agencies: ['dot'],
        programs: ['prog'],
        domains: ['mobility'],
        sources: ['src'],
      },
      {
        id: 'earlier',
        date: '2015',
        dateCertainty: 'unverified',
        dateNote: text('From memory'),
        title: text('Earlier'),
        summary: text('First'),
        agencies: [],
        programs: [],
        domains: ['governance'],
        sources: ['src'],
      },
    ]),
  };
}

describe('policyIssues', () => {
  it('finds nothing wrong in consistent data', () => {
    expect(policyIssues(minimalData())).toEqual([]);
  });

  it('names the file and path of an unknown source, program or duplicate id, and an uncited source', () => {
    const data = minimalData();
    data.sources.push({ id: 'unused', kind: 'news', title: 'Never cited' });
    data.timeline[0] = { ...first(data.timeline), programs: ['nope'], sources: ['missing'] };
    data.programs.push({ ...first(data.programs), parent: 'ghost' });
    expect(policyIssues(data)).toEqual(
      expect.arrayContaining([
        { file: 'timeline.json', path: [0, 'sources', 0], message: 'unknown source "missing"' },
        { file: 'timeline.json', path: [0, 'programs', 0], message: 'unknown program "nope"' },
        { file: 'programs.json', path: [1, 'id'], message: 'duplicate id "prog"' },
        { file: 'programs.json', path: [1, 'parent'], message: 'unknown program "ghost"' },
        { file: 'sources.json', path: [1, 'id'], message: 'source "unused" is never cited' },
      ]),
    );
  });

  it('wants a telemetry link to go through one of the program’s agencies', () => {
    const data = minimalData();
    data.programs[0] = { ...first(data.programs), telemetry: [{ stream: 'air', agency: 'epa', what: text('Air') }] };
    expect(policyIssues(data)).toEqual([
      { file: 'programs.json', path: [0, 'telemetry', 0, 'agency'], message: '"epa" is not among the program\'s agencies' },
    ]);
  });
});

describe('localizePolicy', () => {
  it('serves one language, oldest event first, agencies with their programs', () => {
    const ko = PolicySchema.parse(localizePolicy(minimalData(), 'ko'));
    expect(ko.timeline.map((e) => e.id)).toEqual(['earlier', 'later']);
    expect(ko.timeline[0]?.title).toBe('Earlier (한국어)');
    expect(ko.agencies[0]?.programs).toEqual(['prog']);
    expect(ko.programs[0]?.figures[0]?.label).toBe('Things (한국어)');
  });

  it('leaves everything that is not a localized text alone', () => {
    expect(localize({ location: [1, 2], n: 3, t: { en: 'a', ko: 'b' } }, 'en')).toEqual({ location: [1, 2], n: 3, t: 'a' });
  });
});

describe('PartialDateSchema', () => {
  it.each(['2015', '2015-09', '2015-09-14'])('accepts %s', (date) => expect(PartialDateSchema.safeParse(date).success).toBe(true));
  it.each(['15', '2015-13', '2015-02-30', '2015-9-1'])('rejects %s', (date) =>
    expect(PartialDateSchema.safeParse(date).success).toBe(false),
  );
});

describe('event schema', () => {
  it('wants a note on an unverified date', () => {
    const result = PolicyTimelineFileSchema.safeParse([{ ...minimalData().timeline[1], dateNote: undefined }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, 'dateNote']);
  });
});
