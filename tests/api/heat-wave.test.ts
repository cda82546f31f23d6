/**
 * The heat-wave story over HTTP (issue 11): the Overview temperature card asks for the day's weather
 * with the story's scenario, so on a plateau day its high is the ordinary day's high plus the
 * lever's ΔT, and it agrees with the temperature the Air page's stations read at the same moment.
 */
import { AirAqiSchema, HourlyWeatherSchema } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';

// The story as web/src/shell/scenario/stories.ts writes it into the URL (the card passes it on verbatim).
const STORY =
  'city=columbus&heatWave=2026-07-12T04:00:00Z/2026-07-18T04:00:00Z&heatWaveDeltaC=8' +
  '&demandResponse=2026-07-15T18:00:00Z/2026-07-15T22:00:00Z&demandResponseDepth=0.6';
const DELTA_C = 8;
/** The story's clock, and its plateau day in Columbus. */
const AT = '2026-07-15T17:00:00Z';
const PLATEAU_DAY = '2026-07-15';
/** A station reads the city's weather plus its site's offset (park −0.2 °C, school +0.2, roadside +0.4). */
const SITE_OFFSET_C = 0.4;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.stop();
});

async function weather(scenario: string) {
  const res = await fetch(`${server.url}/api/weather/hourly?${scenario}&date=${PLATEAU_DAY}`);
  expect(res.status).toBe(200);
  return HourlyWeatherSchema.parse(await res.json());
}

const high = (day: Awaited<ReturnType<typeof weather>>) => Math.max(...day.hours.map((h) => h.temperatureC));

describe('the heat-wave story on the Overview temperature card', () => {
  it("raises the plateau day's high by the lever's ΔT", async () => {
    const ordinary = await weather('city=columbus');
    const hot = await weather(STORY);
    expect(hot.hours).toHaveLength(24);
    expect(high(hot) - high(ordinary)).toBeCloseTo(DELTA_C, 0);
  });

  it('agrees with the temperature the Air page reads at every station at the same moment', async () => {
    const hot = await weather(STORY);
    const card = hot.hours.find((h) => h.time === new Date(AT).toISOString())?.temperatureC;
    const res = await fetch(`${server.url}/api/air/aqi?${STORY}&at=${AT}`);
    const { stations } = AirAqiSchema.parse(await res.json());
    expect(stations.length).toBeGreaterThan(0);
    for (const station of stations) {
      expect(Math.abs((station.reading.temperatureC as number) - (card as number)), station.stationId).toBeLessThanOrEqual(
        SITE_OFFSET_C + 0.05,
      );
    }
  });

  it('refuses a lever detail without its window, like every scenario route', async () => {
    const res = await fetch(`${server.url}/api/weather/hourly?city=columbus&heatWaveDeltaC=8`);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('heatWaveDeltaC');
  });
});
