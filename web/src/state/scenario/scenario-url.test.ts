/**
 * Every scenario field through the address bar and back: a generated scenario is written into a URL
 * with `writeScenario`, read back with `decodeScenario`, and compared with what was generated
 * (not with a second run of the same encoder). The URL's own text is checked against the documented
 * format (shared/src/scenario/query.ts) written out here by hand.
 */
import { DAY_MS } from '@sandbox/shared/common/time';
import { type Fault, type Scenario, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenario, writeScenario } from './scenario-codec';

/** Any meter id the scenario schema takes: a letter or digit, then up to 63 of letters, digits, `.`, `_`, `-`. */
const METER_ID = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);

const MIN_MS = Date.parse('2000-01-01T00:00:00Z');
const MAX_MS = Date.parse('2100-01-01T00:00:00Z');
const instant = fc.integer({ min: MIN_MS, max: MAX_MS }).map((ms) => new Date(ms).toISOString());
const window = fc
  .tuple(fc.integer({ min: MIN_MS, max: MAX_MS }), fc.integer({ min: 1, max: 30 * DAY_MS }))
  .map(([from, length]) => ({ from: new Date(from).toISOString(), to: new Date(from + length).toISOString() }));
/** A number in [min, max]; −0 (which no text spells) read as 0. */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => v + 0);
const share = num(0, 1);
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const metric = fc.constantFrom('pm25', 'ozone', 'no2', 'temperature', 'humidity', 'wind' as const);
const when = fc.record({ from: instant, to: instant });

/** One fault of every kind, each with all of its fields given. */
const fault: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({ kind: fc.constant('stuck' as const), stationId: slug, metric }).chain((f) => when.map((w) => ({ ...f, ...w }))),
  fc
    .record({ kind: fc.constant('drift' as const), stationId: slug, metric, ratePerDay: num(-100, 100) })
    .chain((f) => when.map((w) => ({ ...f, ...w }))),
  fc
    .record({ kind: fc.constant('dropout' as const), stationId: slug, metric: fc.option(metric, { nil: undefined }) })
    .chain((f) => when.map((w) => ({ ...f, ...w })))
    .map(({ metric: m, ...f }) => (m === undefined ? f : { ...f, metric: m })),
  fc
    .record({
      kind: fc.constant('spike' as const),
      stationId: slug,
      metric,
      perHour: num(0, 60),
      magnitude: num(0, 1000),
    })
    .chain((f) => when.map((w) => ({ ...f, ...w }))),
  fc
    .record({ kind: fc.constant('clock-skew' as const), stationId: slug, skewS: fc.integer({ min: -86_400, max: 86_400 }) })
    .chain((f) => when.map((w) => ({ ...f, ...w }))),
  fc.record({ kind: fc.constant('meter-estimated' as const), meterId: METER_ID }).chain((f) => when.map((w) => ({ ...f, ...w }))),
  fc.record({ kind: fc.constant('meter-missing' as const), meterId: METER_ID }).chain((f) => when.map((w) => ({ ...f, ...w }))),
  fc.record({ kind: fc.constant('feeder-outage' as const), feederId: slug }).chain((f) => when.map((w) => ({ ...f, ...w }))),
  fc.record({ kind: fc.constant('gps-jitter' as const), sigmaM: num(0, 200), share }).chain((f) => when.map((w) => ({ ...f, ...w }))),
  fc.record({ kind: fc.constant('duplicate-messages' as const), probability: share }).chain((f) => when.map((w) => ({ ...f, ...w }))),
) as fc.Arbitrary<Fault>;

/** A scenario with every field given (the URL carries at most 20 faults, and never `start`). */
const scenario: fc.Arbitrary<Omit<Scenario, 'start'>> = fc.record({
  city: fc.constantFrom('columbus', 'dayton'),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  levers: fc.record(
    {
      evShare: share,
      evTimeOfUse: fc.boolean(),
      heatWave: window.chain((w) => num(0, 15).map((deltaC) => ({ ...w, deltaC }))),
      wildfireSmoke: window.chain((w) => share.map((intensity) => ({ ...w, intensity }))),
      inversion: window.chain((w) => share.map((intensity) => ({ ...w, intensity }))),
      demandResponse: window.chain((w) => share.map((depth) => ({ ...w, depth }))),
      signalRetiming: fc.boolean(),
      transitSignalPriority: fc.boolean(),
      connectedShare: share,
      bsmRateHz: num(0.1, 10),
    },
    { requiredKeys: ['evShare', 'evTimeOfUse', 'signalRetiming', 'transitSignalPriority', 'connectedShare', 'bsmRateHz'] },
  ),
  faults: fc.array(fault, { maxLength: 20 }),
});

/** An instant as the URL spells it: UTC, milliseconds only when there are some. */
const spelled = (iso: string) => iso.replace('.000Z', 'Z');
const interval = (w: { from: string; to: string }) => `${spelled(w.from)}/${spelled(w.to)}`;

/** The URL parameters the documented format gives a scenario: what differs from the defaults (faults apart). */
function expectedParams(s: Omit<Scenario, 'start'>): Record<string, string> {
  const out: Record<string, string> = {};
  const l = s.levers;
  if (s.city !== 'columbus') out.city = s.city;
  if (s.seed !== 1) out.seed = String(s.seed);
  if (l.evShare !== 0.05) out.evShare = String(l.evShare);
  if (l.evTimeOfUse) out.evTimeOfUse = 'true';
  if (l.heatWave) Object.assign(out, { heatWave: interval(l.heatWave), heatWaveDeltaC: String(l.heatWave.deltaC) });
  if (l.wildfireSmoke) Object.assign(out, { smoke: interval(l.wildfireSmoke), smokeIntensity: String(l.wildfireSmoke.intensity) });
  if (l.inversion) Object.assign(out, { inversion: interval(l.inversion), inversionIntensity: String(l.inversion.intensity) });
  if (l.demandResponse)
    Object.assign(out, { demandResponse: interval(l.demandResponse), demandResponseDepth: String(l.demandResponse.depth) });
  if (l.signalRetiming) out.signalRetiming = 'true';
  if (l.transitSignalPriority) out.transitSignalPriority = 'true';
  if (l.connectedShare !== 0.01) out.connectedShare = String(l.connectedShare);
  if (l.bsmRateHz !== 10) out.bsmRateHz = String(l.bsmRateHz);
  return out;
}

const VIEW = 'lang=ko&t=2026-07-15T16:00:00Z&layers=stations';
const DEFAULT_START = '2026-07-13T04:00:00Z';

describe('the scenario in the URL', () => {
  it('round-trips every field of any scenario, writing only what differs from the defaults', () => {
    fc.assert(
      fc.property(scenario, (generated) => {
        const search = new URLSearchParams(VIEW);
        writeScenario(search, ScenarioSchema.parse(generated));
        const { faults, ...params } = Object.fromEntries(search);
        expect(params).toEqual({ ...Object.fromEntries(new URLSearchParams(VIEW)), ...expectedParams(generated) });
        // Faults travel as one JSON array, present only when there are some.
        expect(faults === undefined ? [] : JSON.parse(faults)).toEqual(generated.faults);
        expect(faults === undefined).toBe(generated.faults.length === 0);
        const read = decodeScenario(new URLSearchParams(search.toString()));
        expect(read.ignored).toEqual([]);
        expect(read.scenario).toEqual({ ...generated, start: DEFAULT_START });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an inversion’s intensity, and every other lever window’s detail', () => {
    const windowed = {
      heatWave: { from: '2026-07-14T00:00:00.000Z', to: '2026-07-17T00:00:00.000Z', deltaC: 9.5 },
      wildfireSmoke: { from: '2026-08-01T12:00:00.000Z', to: '2026-08-03T00:00:00.000Z', intensity: 0.25 },
      inversion: { from: '2026-01-10T00:00:00.000Z', to: '2026-01-12T06:30:00.500Z', intensity: 0.35 },
      demandResponse: { from: '2026-07-15T18:00:00.000Z', to: '2026-07-15T22:00:00.000Z', depth: 0.8 },
    };
    const search = new URLSearchParams();
    writeScenario(search, ScenarioSchema.parse({ levers: windowed }));
    expect(search.toString()).toBe(
      'heatWave=2026-07-14T00%3A00%3A00Z%2F2026-07-17T00%3A00%3A00Z&heatWaveDeltaC=9.5' +
        '&smoke=2026-08-01T12%3A00%3A00Z%2F2026-08-03T00%3A00%3A00Z&smokeIntensity=0.25' +
        '&inversion=2026-01-10T00%3A00%3A00Z%2F2026-01-12T06%3A30%3A00.500Z&inversionIntensity=0.35' +
        '&demandResponse=2026-07-15T18%3A00%3A00Z%2F2026-07-15T22%3A00%3A00Z&demandResponseDepth=0.8',
    );
    expect(decodeScenario(search).scenario.levers).toMatchObject(windowed);
  });

  it('names a city other than Columbus and leaves out the default one, keeping the view parameters', () => {
    const search = new URLSearchParams('city=dayton&seed=3&lang=ko');
    writeScenario(search, ScenarioSchema.parse({ city: 'columbus', levers: { evShare: 0.5 } }));
    expect(search.toString()).toBe('lang=ko&evShare=0.5');
    writeScenario(search, ScenarioSchema.parse({ city: 'dayton' }));
    expect(search.toString()).toBe('lang=ko&city=dayton');
  });
});
