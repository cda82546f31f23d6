/**
 * 400s that name the field and the real problem, one issue each: a staffer's reports, where the
 * message named a problem the request did not have (a range for a non-date, a missing zone for
 * February 30, "0 or more" for a positive number, a stray "%" for bad UTF-8, invalid JSON for a
 * valid body with a forbidden key, an empty field name for an array body).
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

const app = useTestApp();
const CITY = 'city=testville';
const postScenario = (payload: string) =>
  app.refusal({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/json' }, payload }, 400);

describe('refusals that name the real problem', () => {
  it('a non-date `at` is one issue: not an ISO 8601 instant (no range, no "and 1 more")', async () => {
    const error = await app.refusal(`/api/snapshot?${CITY}&at=now`, 400);
    expect(error.issues).toHaveLength(1);
    expect(error.issues?.[0]?.path).toBe('at');
    expect(error.message).toMatch(/^Invalid query parameter "at": is not an ISO 8601 instant/);
    expect(error.message).not.toMatch(/1970|more\)/);
  });

  it('February 30 with its zone is an impossible date, not a missing zone', async () => {
    const error = await app.refusal(`/api/air/readings?${CITY}&from=2026-02-30T04:00:00Z&to=2026-03-02T00:00:00Z`, 400);
    expect(error.issues).toEqual([{ path: 'from', message: '"2026-02-30" is not a date: February 2026 has 28 days' }]);
    expect(error.message).not.toContain('time zone');
  });

  it('a $top past the safe integers is one issue naming the range, worded the same inside $expand', async () => {
    const range = 'must be a whole number from 0 to 9007199254740991';
    const top = await app.refusal(`/sta/v1.1/Things?${CITY}&$top=99999999999999999999999`, 400);
    expect(top.issues).toEqual([{ path: '$top', message: range }]);
    const nested = await app.refusal(`/sta/v1.1/Things?${CITY}&$expand=Datastreams($top=99999999999999999999999)`, 400);
    expect(nested.issues).toHaveLength(1);
    expect(nested.message).toContain(`"$top": ${range}`);
  });

  it('a query whose percent-encoding is not UTF-8 is refused as such, naming the parameter', async () => {
    const sta = await app.refusal(`/sta/v1.1/Things?${CITY}&$filter=name%20eq%20'%ED%A0%80'`, 400);
    expect(sta.issues?.map((issue) => issue.path)).toEqual(['$filter']);
    expect(sta.message).toMatch(/^Invalid query parameter "\$filter": its percent-encoding is not valid UTF-8/);
    const api = await app.refusal(`/api/air/aqi?${CITY}&station=%FF`, 400);
    expect(api.message).toMatch(/^Invalid query parameter "station": its percent-encoding is not valid UTF-8/);
  });

  it('a valid JSON body with a "__proto__" key is refused for that key, not as invalid JSON', async () => {
    const error = await postScenario('{"name":"x","__proto__":{"admin":true}}');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['__proto__']);
    expect(error.message).toContain('the key "__proto__" is not allowed');
    expect(error.message).not.toContain('not valid JSON');
    const nested = await postScenario('{"name":"x","view":{"constructor":{"prototype":{}}}}');
    expect(nested.issues?.map((issue) => issue.path)).toEqual(['view.constructor.prototype']);
    // Broken JSON is still broken JSON.
    expect((await postScenario('{"name":')).message).toContain('not valid JSON');
  });

  it('walks a body nested 100,000 deep without overflowing (a 4xx, never a 500)', async () => {
    const deep = `{"name":"x","view":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const error = await postScenario(deep);
    // Refused for what the body lacks (a 400 naming a field), not a crash on how deep it goes.
    expect(error.issues?.[0]?.path).toBe('scenario');
    const hidden = `{"name":"x","view":${'['.repeat(50_000)}{"__proto__":1}${']'.repeat(50_000)}}`;
    expect((await postScenario(hidden)).message).toContain('the key "__proto__" is not allowed');
  });

  it.each([
    ['[1,2,3]', 'an array'],
    ['"text"', 'a string'],
    ['null', 'null'],
  ])('a body %s is refused as not a JSON object', async (payload, got) => {
    const error = await postScenario(payload);
    expect(error.message).toBe(`The body must be a JSON object, not ${got}.`);
    expect(error.issues).toEqual([{ path: '(body)', message: `must be a JSON object, not ${got}` }]);
  });
});
