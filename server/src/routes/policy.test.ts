import { PolicySchema, UsOutlineSchema } from '@sandbox/shared';
import { describe, expect, it } from 'vitest';
import { policyFiles } from '../test/build-test-app';
import { expectBootRefusal, useTestApp } from '../test/test-app';

const app = useTestApp();

describe('GET /api/policy', () => {
  it('serves the policy context in English by default', async () => {
    const res = await app.inject('/api/policy');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const body = PolicySchema.parse(res.json());
    expect(body.lang).toBe('en');
    expect(body.agencies.map((a) => a.id)).toEqual(['dhs', 'dot', 'doe', 'doc', 'epa', 'census', 'nsf', 'nist']);
    expect(body.programs.find((p) => p.id === 'village-green-project')?.name).toBe('Village Green Project');
  });

  it('serves Korean texts with the same ids, figures and sources', async () => {
    const en = PolicySchema.parse((await app.inject('/api/policy?lang=en')).json());
    const ko = PolicySchema.parse((await app.inject('/api/policy?lang=ko')).json());
    expect(ko.lang).toBe('ko');
    expect(ko.timeline.map((e) => e.id)).toEqual(en.timeline.map((e) => e.id));
    expect(ko.programs.find((p) => p.id === 'village-green-project')?.name).toBe('빌리지 그린 프로젝트');
    const meters = (policy: typeof en) =>
      policy.programs.find((p) => p.id === 'smart-grid-program')?.figures.find((f) => f.id === 'smart-meters');
    expect(meters(ko)?.value).toBe(meters(en)?.value);
    expect(meters(ko)?.alternatives[0]?.note).toMatch(/[가-힣]/);
  });

  it('lists the timeline oldest first and the agencies with their programs', async () => {
    const body = PolicySchema.parse((await app.inject('/api/policy')).json());
    const dates = body.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(body.agencies.find((a) => a.id === 'epa')?.programs).toContain('village-green-project');
  });

  it.each([
    ['lang=fr', 'lang'],
    ['lang=', 'lang'],
    ['language=ko', 'language'],
  ])('rejects ?%s with a 400 naming "%s"', async (query, field) => {
    expect((await app.refusal(`/api/policy?${query}`, 400)).message).toContain(`"${field}"`);
  });
});

describe('GET /api/geo/us-states', () => {
  it('serves the contiguous US outline and state borders', async () => {
    const res = await app.inject('/api/geo/us-states');
    expect(res.statusCode).toBe(200);
    const outline = UsOutlineSchema.parse(res.json());
    expect(outline.features.map((f) => f.properties.kind)).toEqual(['nation', 'state-border']);
  });
});

describe('boot-time policy validation', () => {
  const timeline = policyFiles['policy/timeline.json'] as Record<string, unknown>[];
  it.each([
    ['a missing file', { 'policy/agencies.json': undefined }, /agencies\.json: cannot read the file/],
    [
      'an event without a Korean title',
      { 'policy/timeline.json': [{ ...timeline[0], title: { en: 'EISA' } }, ...timeline.slice(1)] },
      /timeline\.json: field "\[0\]\.title\.ko"/,
    ],
    [
      'an event citing an unknown source',
      { 'policy/timeline.json': [{ ...timeline[0], sources: ['nowhere'] }, ...timeline.slice(1)] },
      /timeline\.json: field "\[0\]\.sources\[0\]": unknown source "nowhere"/,
    ],
  ])('refuses to start on %s, naming the file and field', (_, overrides, message) => expectBootRefusal(overrides, message));
});
