/**
 * /sta/v1.1 over the test city: the requests of the SensorThings 1.1 conformance classes this
 * service claims (Annex A: Sensing Core — entity control information, entity properties and
 * relations, resource paths; Filtering Extension — $select, $expand, $top, $skip, $count,
 * $orderby, $filter, and 400 for a bad option), and the same observation read through /sta and /api.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

const app = useTestApp();
const ROOT = 'http://localhost:80/sta/v1.1';
const CITY = 'city=testville';
const at = '2026-07-15T18:00:00Z';
const hour = `phenomenonTime ge 2026-07-15T18:00:00Z and phenomenonTime lt 2026-07-15T19:00:00Z`;

type Json = Record<string, unknown>;
type Collection = { value: Json[]; '@iot.count'?: number; '@iot.nextLink'?: string };

async function sta(path: string, query = ''): Promise<Json> {
  const res = await app.inject(`/sta/v1.1${path}?${CITY}${query ? `&${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('application/json');
  return res.json();
}
const list = async (path: string, query = '') => (await sta(path, query)) as Collection;
const q = (text: string) => encodeURIComponent(text);

const MANDATORY: Record<string, { props: string[]; nav: string[] }> = {
  Things: { props: ['name', 'description'], nav: ['Locations', 'HistoricalLocations', 'Datastreams'] },
  Locations: { props: ['name', 'description', 'encodingType', 'location'], nav: ['Things', 'HistoricalLocations'] },
  Sensors: { props: ['name', 'description', 'encodingType', 'metadata'], nav: ['Datastreams'] },
  ObservedProperties: { props: ['name', 'definition', 'description'], nav: ['Datastreams'] },
  Datastreams: {
    props: ['name', 'description', 'unitOfMeasurement', 'observationType'],
    nav: ['Thing', 'Sensor', 'ObservedProperty', 'Observations'],
  },
  Observations: { props: ['phenomenonTime', 'result', 'resultTime'], nav: ['Datastream', 'FeatureOfInterest'] },
  FeaturesOfInterest: { props: ['name', 'description', 'encodingType', 'feature'], nav: ['Observations'] },
};

describe('Sensing Core', () => {
  it('the service root lists every entity set and the conformance classes', async () => {
    const root = await sta('');
    const names = (root.value as { name: string }[]).map((set) => set.name);
    expect([...names].sort()).toEqual([...Object.keys(MANDATORY), 'HistoricalLocations'].sort());
    expect((root.value as { url: string }[])[0]?.url).toBe(`${ROOT}/Things?${CITY}`);
    expect((root.serverSettings as { conformance: string[] }).conformance).toContain(
      'http://www.opengis.net/spec/iot_sensing/1.1/req/request-data',
    );
  });

  it.each(Object.entries(MANDATORY))(
    '%s: control information, mandatory properties, navigation links; each entity reads back by its selfLink',
    async (set, { props, nav }) => {
      const page = await list(`/${set}`, set === 'Observations' ? `$top=3&$filter=${q(hour)}` : '$top=3');
      expect(page.value.length).toBeGreaterThan(0);
      for (const entity of page.value) {
        expect(entity['@iot.id']).toEqual(expect.any(String));
        for (const name of props) expect(entity, `${set}.${name}`).toHaveProperty([name]);
        for (const name of nav)
          expect(entity[`${name}@iot.navigationLink`]).toBe(`${entity['@iot.selfLink']?.toString().split('?')[0]}/${name}?${CITY}`);
        const self = String(entity['@iot.selfLink']);
        const res = await app.inject(self.replace('http://localhost:80', ''));
        expect(res.statusCode, self).toBe(200);
        expect(res.json()).toEqual(entity);
      }
    },
  );

  it('HistoricalLocations is an empty set (benches, districts and segments do not move)', async () => {
    expect((await list('/HistoricalLocations')).value).toEqual([]);
  });

  it('follows navigation properties both ways', async () => {
    const streams = await list("/Things('air:north-park')/Datastreams", '$top=20');
    expect(streams.value.map((d) => d['@iot.id'])).toContain('air:north-park:pm25UgM3');
    const thing = await sta("/Datastreams('air:north-park:pm25UgM3')/Thing");
    expect(thing['@iot.id']).toBe('air:north-park');
    expect((await sta("/Datastreams('air:north-park:pm25UgM3')/ObservedProperty")).name).toBe('PM2.5');
    expect((await sta("/Datastreams('meters:north:demandKw')/Sensor"))['@iot.id']).toBe('ami-interval-meters');
    expect((await list("/Things('air:north-park')/Locations")).value[0]?.location).toEqual({ type: 'Point', coordinates: [-83.02, 40.03] });
    const obs = await list("/Datastreams('air:north-park:pm25UgM3')/Observations", `$top=2&$filter=${q(hour)}`);
    const first = obs.value[0] as Json;
    expect(first['@iot.id']).toBe('air:north-park:pm25UgM3@2026-07-15T18:00:00.000Z');
    expect((await sta(`/Observations('${first['@iot.id']}')/Datastream`))['@iot.id']).toBe('air:north-park:pm25UgM3');
    expect((await sta(`/Observations('${first['@iot.id']}')/FeatureOfInterest`)).feature).toEqual({
      type: 'Point',
      coordinates: [-83.02, 40.03],
    });
    const byFeature = await list("/FeaturesOfInterest('air:north-park')/Observations", `$top=1&$filter=${q(hour)}`);
    expect(byFeature.value[0]?.['@iot.id']).toBe(first['@iot.id']);
  });

  it('addresses a property, its raw $value, and $ref links', async () => {
    expect(await sta("/Things('air:north-park')/name")).toEqual({ name: 'North Park bench' });
    const raw = await app.inject(`/sta/v1.1/Things('air:north-park')/name/$value?${CITY}`);
    expect(raw.headers['content-type']).toContain('text/plain');
    expect(raw.body).toBe('North Park bench');
    const refs = await list("/Things('air:north-park')/Datastreams/$ref", '$top=1');
    expect(refs.value).toEqual([{ '@iot.selfLink': `${ROOT}/Datastreams('air:north-park:pm25UgM3')?${CITY}` }]);
  });

  it.each([
    ["/Things('nowhere')", "No Things with id 'nowhere'"],
    ['/Gizmos', 'No SensorThings entity set "Gizmos"'],
    ["/Things('air:north-park')/Sensor", 'Things have no navigation property or property "Sensor"'],
    ["/Observations('air:north-park:pm25UgM3@2026-07-15T18:00:30.000Z')", 'No Observation with id'],
    ["/Observations('air:nowhere:pm25UgM3@2026-07-15T18:00:00.000Z')", 'No Observation with id'],
    // Before the simulated time range: nothing is made up for 1960.
    ["/Observations('air:north-park:pm25UgM3@1960-01-01T00:00:00.000Z')", 'No Observation with id'],
  ])('answers %s with a JSON 404 naming it', async (path, message) => {
    const error = await app.refusal(`/sta/v1.1${path}?${CITY}`, 404);
    expect(error.message).toContain(message);
  });
});

describe('Filtering Extension', () => {
  it('$top, $skip and $count page with an @iot.nextLink that reads the next page', async () => {
    const first = await list('/Datastreams', '$top=5&$count=true');
    expect(first.value).toHaveLength(5);
    expect(first['@iot.count']).toBeGreaterThan(5);
    const next = String(first['@iot.nextLink']);
    expect(next).toContain('$top=5&$skip=5');
    const second = (await app.inject(next.replace('http://localhost:80', ''))).json() as Collection;
    const skipped = await list('/Datastreams', '$skip=5&$top=5');
    expect(second.value).toEqual(skipped.value);
    expect(second.value[0]?.['@iot.id']).not.toBe(first.value[0]?.['@iot.id']);
  });

  it('serves 100 by default and at most 1000 per page', async () => {
    expect((await list('/Observations', `$filter=${q(hour)}`)).value).toHaveLength(100);
    const big = await list('/Observations', `$top=5000&$filter=${q(hour)}`);
    expect(big.value).toHaveLength(1000);
    expect(big['@iot.nextLink']).toContain('$top=1000&$skip=1000');
  });

  it('$select keeps only the named properties (a navigation property keeps its link)', async () => {
    const page = await list('/Things', '$select=id,name,Datastreams&$top=1');
    expect(Object.keys(page.value[0] as Json)).toEqual(['@iot.id', 'name', 'Datastreams@iot.navigationLink']);
  });

  it('$expand one level, with options of its own', async () => {
    const thing = await sta("/Things('air:north-park')", `${q('$expand')}=${q('Datastreams($select=name;$top=2;$count=true),Locations')}`);
    expect(thing.Datastreams).toEqual([{ name: 'PM2.5 at North Park bench' }, { name: 'Ozone at North Park bench' }]);
    expect(thing['Datastreams@iot.count']).toBe(7);
    expect(String(thing['Datastreams@iot.nextLink'])).toContain('$skip=2');
    expect((thing.Locations as Json[])[0]?.['@iot.id']).toBe('air:north-park');
    const stream = await sta(
      "/Datastreams('air:north-park:pm25UgM3')",
      `$expand=${q(`Observations($filter=${hour};$top=3;$orderby=result desc)`)},Thing`,
    );
    const results = (stream.Observations as Json[]).map((o) => o.result as number);
    expect(results).toHaveLength(3);
    expect([...results].sort((a, b) => b - a)).toEqual(results);
    expect((stream.Thing as Json).name).toBe('North Park bench');
  });

  it('$orderby sorts by one key or several, asc or desc', async () => {
    const names = (await list('/Things', '$orderby=name desc&$top=50')).value.map((t) => String(t.name));
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    const obs = await list("/Things('air:north-park')/Datastreams", '$orderby=name,id desc&$select=name');
    expect(obs.value.map((d) => d.name)).toEqual([...obs.value.map((d) => d.name)].sort());
    const times = (await list('/Observations', `$orderby=phenomenonTime desc,result&$top=3&$filter=${q(hour)}`)).value.map(
      (o) => o.phenomenonTime,
    );
    // Air benches report every minute: the hour's last instant is 18:59.
    expect(times[0]).toBe('2026-07-15T18:59:00.000Z');
  });

  it('$filter on result and phenomenonTime with comparison and logical operators and parentheses', async () => {
    const path = "/Datastreams('air:north-park:pm25UgM3')/Observations";
    const all = (await list(path, `$filter=${q(hour)}`)).value;
    expect(all).toHaveLength(60);
    const median = [...all.map((o) => o.result as number)].sort((a, b) => a - b)[30] as number;
    const cases: [string, (o: Json) => boolean][] = [
      [`result gt ${median}`, (o) => (o.result as number) > median],
      [`result le ${median}`, (o) => (o.result as number) <= median],
      [`result eq ${median} or result lt 3`, (o) => o.result === median || (o.result as number) < 3],
      [
        `not (result ge ${median}) and phenomenonTime ne ${at}`,
        (o) => !((o.result as number) >= median) && o.phenomenonTime !== '2026-07-15T18:00:00.000Z',
      ],
      [
        `phenomenonTime ge 2026-07-15T18:30:00Z and phenomenonTime lt 2026-07-15T18:40:00Z`,
        (o) => String(o.phenomenonTime) >= '2026-07-15T18:30' && String(o.phenomenonTime) < '2026-07-15T18:40',
      ],
    ];
    for (const [filter, expected] of cases) {
      const page = await list(path, `$top=1000&$filter=${q(`(${filter}) and ${hour}`)}`);
      expect(
        page.value.map((o) => o['@iot.id']),
        filter,
      ).toEqual(all.filter(expected).map((o) => o['@iot.id']));
      expect(page.value.length, filter).toBeGreaterThan(0);
    }
    const named = await list(
      '/Datastreams',
      `$filter=${q("Thing/properties/siteType eq 'roadside' and ObservedProperty/name eq 'PM2.5'")}`,
    );
    expect(named.value.map((d) => d['@iot.id'])).toEqual(['air:main-roadside:pm25UgM3']);
  });

  it.each([
    [
      '$filter',
      'result eq',
      'Invalid query parameter "$filter": expected a value, a property or a function at position 9, found the end of the expression',
    ],
    ['$filter', 'result eq 5 and and', 'position 16, found "and"'],
    ['$filter', "name eq 'x", 'no closing quote'],
    ['$filter', 'colour eq 1', 'Observations have no property "colour" (at position 0)'],
    ['$filter', 'geo.distance(result, 1) lt 2', 'the function "geo.distance" at position 0 is not supported'],
    ['$top', '-1', 'Invalid query parameter "$top"'],
    ['$top', 'ten', 'must be a whole number from 0 to 9007199254740991'],
    ['$orderby', 'result sideways', '"result sideways"): after the property only "asc" or "desc" may follow'],
    ['$orderby', 'colour', 'Observations have no property "colour"'],
    ['$select', 'colour', 'Observations have no property "colour" to select'],
    ['$expand', 'Datastream/Thing', 'this service expands one level only'],
    ['$expand', 'Things', 'Observations have no navigation property "Things"'],
    ['$count', 'yes', 'must be true or false'],
    ['$format', 'json', 'unknown parameter'],
    ['$filter', 'phenomenonTime ge 2026-07-10T00:00:00Z and phenomenonTime lt 2026-07-15T00:00:00Z', 'a request reads at most'],
    // A bare word opposite a time is a failed time, not a missing property.
    [
      '$filter',
      'phenomenonTime ge notadate',
      'phenomenonTime is compared with a time such as 2026-07-15T00:00:00Z; got "notadate" (at position 18), which is neither a time nor a property of Observations',
    ],
    ['$filter', 'notadate lt resultTime', 'resultTime is compared with a time such as 2026-07-15T00:00:00Z; got "notadate"'],
    ['$filter', 'result gt notanumber', 'Observations have no property "notanumber" (at position 10)'],
    // A number opposite a time matched nothing (an empty 200); it is the time that is missing.
    ['$filter', 'phenomenonTime ge 5', 'phenomenonTime is compared with a time such as 2026-07-15T00:00:00Z; got 5 (at position 18)'],
    [
      '$filter',
      'phenomenonTime ge 2026-07-15T00:00:00',
      '"2026-07-15T00:00:00" at position 18 is not a valid date or time: write an instant with its time zone',
    ],
    ['$expand', 'Datastream($select=id;$select=name)', 'Datastream(…): $select is given twice'],
  ])('refuses %s=%s with a 400 naming the problem', async (option, value, message) => {
    const error = await app.refusal(`/sta/v1.1/Observations?${CITY}&${option}=${q(value)}`, 400);
    expect(error.message).toContain(message);
  });

  it('refuses an unknown parameter given twice as unknown, not as repeated', async () => {
    const error = await app.refusal(`/sta/v1.1/Observations?${CITY}&$format=json&$format=xml`, 400);
    expect(error.message).toContain('unknown parameter');
    expect(error.message).not.toContain('given twice');
  });

  it.each([
    ['$top', '1', '2'],
    ['$skip', '0', '5'],
    ['$count', 'true', 'true'],
    ['$filter', 'result gt 1', 'result gt 2'],
    ['$orderby', 'result', 'phenomenonTime'],
    ['$select', 'id', 'result'],
    ['$expand', 'Datastream', 'FeatureOfInterest'],
    ['seed', '1', '2'],
    ['city', 'testville', 'testville'],
  ])('refuses %s given twice with a 400 saying so, whatever the values', async (option, first, second) => {
    const city = option === 'city' ? '' : `${CITY}&`;
    const error = await app.refusal(`/sta/v1.1/Observations?${city}${option}=${q(first)}&${option}=${q(second)}`, 400);
    expect(error).toEqual({
      error: 'Bad Request',
      message: `Invalid query parameter "${option}": is given twice; give each query option once`,
      issues: [{ path: option, message: 'is given twice; give each query option once' }],
    });
  });
});

describe('the same observation through /sta/v1.1 and /api', () => {
  const from = '2026-07-15T18:00:00Z';
  const to = '2026-07-15T19:00:00Z';
  it.each([
    [
      'air:north-park:pm25UgM3',
      `/api/air/readings?${CITY}&station=north-park&metric=pm25UgM3&resolution=1m&from=${from}&to=${to}`,
      'north-park',
    ],
    ['meters:south:demandKw', `/api/energy/summary?${CITY}&groupBy=district&resolution=15m&from=${from}&to=${to}`, 'south'],
    [
      'segment:main-st-nb-01:volume',
      `/api/mobility/segments?${CITY}&segment=main-st-nb-01&metric=volume&resolution=5m&from=${from}&to=${to}`,
      'main-st-nb-01',
    ],
  ])('%s agrees with %s', async (datastream, restUrl, restId) => {
    const rest = (await app.get(restUrl)).body as { series: { id: string; metric: string; time: number[]; value: (number | null)[] }[] };
    const metric = datastream.split(':').at(-1);
    const series = rest.series.find((s) => s.id === restId && s.metric === metric);
    expect(series).toBeDefined();
    const i = series?.time.indexOf(Date.parse('2026-07-15T18:30:00Z')) ?? -1;
    expect(i).toBeGreaterThanOrEqual(0);
    const value = series?.value[i];
    expect(value).toEqual(expect.any(Number));
    const page = await list(`/Datastreams('${datastream}')/Observations`, `$filter=${q('phenomenonTime eq 2026-07-15T18:30:00Z')}`);
    expect(page.value.map((o) => [o.phenomenonTime, o.result])).toEqual([['2026-07-15T18:30:00.000Z', value]]);
    const byId = await sta(`/Observations('${datastream}@2026-07-15T18:30:00.000Z')`);
    expect(byId.result).toBe(value);
  });
});

describe('outside the service', () => {
  it.each([
    ['GET', '/sta/v1.0/Things'],
    ['GET', '/sta'],
  ])('%s %s is a JSON 404 pointing at the service root', async (method, url) => {
    const error = await app.refusal({ method: method as 'GET', url }, 404);
    expect(error.message).toContain('the service root is GET /sta/v1.1');
  });

  it.each([
    ['POST', '/sta/v1.1/Things'],
    ['DELETE', "/sta/v1.1/Things('air:north-park')"],
  ])('%s %s is a JSON 405 allowing GET and saying the service is read-only', async (method, url) => {
    const res = await app.inject({ method: method as 'POST', url });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.json().message).toBe(`${url} does not answer ${method}; it answers GET, HEAD (SensorThings is read-only here).`);
  });
});

describe('headers', () => {
  it('answers with the same security headers as /api', async () => {
    const [sta, api] = await Promise.all([app.inject(`/sta/v1.1?${CITY}`), app.inject('/api/health')]);
    for (const name of [
      'content-security-policy',
      'x-frame-options',
      'cross-origin-resource-policy',
      'x-content-type-options',
      'x-request-id',
    ]) {
      expect(sta.headers[name], name).toBeDefined();
      if (name !== 'x-request-id') expect(sta.headers[name], name).toBe(api.headers[name]);
    }
  });
});
