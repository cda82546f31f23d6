/**
 * `/Observations?$filter=Datastream/@iot.id eq '…' and …` reads and is budgeted for the pinned
 * Datastreams only, and answers exactly what `Datastreams('…')/Observations` answers with the rest
 * of the filter (a staffer's one-Datastream day was refused with the cap of every Datastream). The
 * test city has 57 Datastreams, so all of them together get 15 hours and one of them a week.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

const app = useTestApp();
const CITY = 'city=testville';
const PM25 = 'air:north-park:pm25UgM3';
const OZONE = 'air:north-park:ozonePpb';
const day = 'phenomenonTime ge 2026-07-15T00:00:00Z and phenomenonTime lt 2026-07-16T00:00:00Z';

type Json = Record<string, unknown>;
type Collection = { value: Json[]; '@iot.count'?: number; '@iot.nextLink'?: string };
const q = encodeURIComponent;

async function list(url: string): Promise<Collection> {
  const res = await app.inject(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const observations = (filter: string, more = '') => list(`/sta/v1.1/Observations?${CITY}&$filter=${q(filter)}${more}`);
const ofDatastream = (id: string, filter: string, more = '') =>
  list(`/sta/v1.1/Datastreams('${id}')/Observations?${CITY}&$filter=${q(filter)}${more}`);
const follow = (link: string | undefined) => list(String(link).replace('http://localhost:80', ''));

describe('a $filter that pins Datastreams by id', () => {
  it("reads a day of one Datastream, as Datastreams('…')/Observations does: same page, same count, same next page", async () => {
    const pinned = await observations(`Datastream/@iot.id eq '${PM25}' and ${day}`, '&$count=true');
    const path = await ofDatastream(PM25, day, '&$count=true');
    expect(pinned.value).toHaveLength(100);
    expect(pinned.value).toEqual(path.value);
    expect(pinned['@iot.count']).toBe(1440);
    expect(pinned['@iot.count']).toBe(path['@iot.count']);
    // The links repeat each request's own path and filter; both ask for the same next page.
    expect(pinned['@iot.nextLink']).toMatch(/\/Observations\?.*&\$top=100&\$skip=100$/);
    expect(path['@iot.nextLink']).toMatch(/\/Datastreams\('.*'\)\/Observations\?.*&\$top=100&\$skip=100$/);
    expect((await follow(pinned['@iot.nextLink'])).value).toEqual((await follow(path['@iot.nextLink'])).value);
  });

  it('pins either way round, with id or @iot.id, inside parentheses and among other conditions', async () => {
    const path = await ofDatastream(PM25, `result gt 5 and ${day}`, '&$top=1000');
    for (const filter of [
      `'${PM25}' eq Datastream/id and result gt 5 and ${day}`,
      `(${day}) and (result gt 5 and Datastream/@iot.id eq '${PM25}')`,
    ]) {
      expect((await observations(filter, '&$top=1000')).value, filter).toEqual(path.value);
    }
  });

  it('an or of ids reads those Datastreams, in catalogue order', async () => {
    const filter = `(Datastream/@iot.id eq '${OZONE}' or Datastream/@iot.id eq '${PM25}') and ${day}`;
    const both = await observations(filter, '&$count=true&$top=1000&$skip=1400');
    expect(both['@iot.count']).toBe(2 * 1440);
    // North Park's Datastreams list PM2.5 before ozone: rows 1400–2399 are PM2.5's last 40 and ozone's first 960.
    const pm25 = await ofDatastream(PM25, day, '&$top=1000&$skip=1400');
    const ozone = await ofDatastream(OZONE, day, '&$top=960');
    expect(both.value).toEqual([...pm25.value, ...ozone.value]);
  });

  it('ids and-ed that contradict read nothing', async () => {
    const none = await observations(`Datastream/@iot.id eq '${PM25}' and Datastream/@iot.id eq '${OZONE}' and ${day}`);
    expect(none.value).toEqual([]);
  });

  it('without phenomenonTime bounds, answers the last 24 hours of the one Datastream, as its own path does', async () => {
    const pinned = await observations(`Datastream/@iot.id eq '${PM25}'`, '&$count=true&$top=1');
    const path = await ofDatastream(PM25, 'true', '&$count=true&$top=1');
    expect(pinned['@iot.count']).toBe(1440);
    expect(pinned.value).toEqual(path.value);
  });

  it('narrows an expanded Observations the same way', async () => {
    const filter = `Datastream/@iot.id eq '${PM25}' and ${day}`;
    const streams = await list(`/sta/v1.1/Datastreams?${CITY}&$top=100&$expand=${q(`Observations($filter=${filter};$top=2)`)}`);
    expect(streams.value).toHaveLength(57);
    const expanded = streams.value.filter((d) => (d.Observations as Json[]).length > 0);
    expect(expanded.map((d) => d['@iot.id'])).toEqual([PM25]);
    expect(expanded[0]?.Observations).toEqual((await ofDatastream(PM25, day, '&$top=2')).value);
  });

  it.each([
    ['an or with another condition', `(Datastream/@iot.id eq '${PM25}' or result gt 1000) and ${day}`],
    ['a not', `not (Datastream/@iot.id eq '${PM25}') and ${day}`],
    ['ne', `Datastream/@iot.id ne '${PM25}' and ${day}`],
  ])('%s pins nothing: every Datastream is read, and a day is over their cap', async (_, filter) => {
    const error = await app.refusal(`/sta/v1.1/Observations?${CITY}&$filter=${q(filter)}`, 400);
    expect(error.message).toContain('for these 57 Datastream(s) a request reads at most 15 hours');
    expect(error.issues?.[0]?.path).toBe('$filter');
  });
});
