/**
 * The weather driver: one city-wide weather state that every stream reads (air, energy, mobility).
 *
 * - Temperature = seasonal normal (annual cosine from the city's climate normals)
 *   + diurnal cycle on the local clock (minimum near 06:00, maximum near 15:00)
 *   + multi-day weather systems (normally distributed departures, wider in winter than in summer)
 *     and a faster wobble (smooth value noise, seeded)
 *   + a heat-wave episode when the scenario asks for one.
 * - Dew point follows its own seasonal normal and shares the weather systems (warm sectors are humid);
 *   relative humidity follows from temperature and dew point (Magnus formula), so it peaks at dawn.
 * - Wind speed: seasonal mean, stronger by day (vertical mixing), lognormal weather-system variation;
 *   direction: prevailing south-westerly with slow swings.
 * - Cloud cover 0–1 from a seasonal mean and weather systems; global horizontal irradiance from the
 *   sun's position (clear-sky Haurwitz model) dimmed by cloud (Kasten–Czeplak) and smoke.
 * - Mixing height: convective by day (grows with lagged sunshine), mechanical at night (grows with wind);
 *   cold, calm, clear nights and inversion episodes collapse it, which is what traps winter PM2.5.
 *
 * The engine samples the weather once per UTC hour into bounded, deterministic day blocks
 * (`WeatherCache`) and interpolates linearly inside the hour: hot loops never call Intl or noise.
 */
import type { Climate } from '../city/schemas';
import { gaussian, streamKey, valueNoise } from '../common/rng';
import type { LngLat } from '../common/schemas';
import { DAY_MS, DAY_TYPE_CODES, dayTypeOf, HOUR_MS, localTime } from '../common/time';

export interface WeatherSite {
  timeZone: string;
  climate: Climate;
  /** City centre `[lng, lat]`, for the sun's position. Columbus is assumed when absent. */
  location?: LngLat;
}

const DAYS_PER_YEAR = 365.2425;
const MIN_HOUR = 6;
const MAX_HOUR = 15;
/**
 * Standard deviation of the multi-day departures from normal (weather systems), °C, in midsummer and
 * in midwinter, between them following the season. Daily temperature departures are close to normal
 * (Gaussian) with a spread that changes through the year (James & Arguez 2015, NOAA NCEI), and in
 * Columbus winters vary far more than summers: ASHRAE's annual extremes spread 3.9 °C from year to
 * year at the cold end and 1.4 °C at the warm end (FACTS.md C). Summer keeps the spread of the
 * generic ±4.5 °C uniform departures the model had (4.5 / √3). Winter is calibrated to ASHRAE's
 * 99.6% heating design temperature for Columbus, −17.4 °C (FACTS.md C; the fidelity report's
 * `heating-design-temperature`); the annual extremes stay held out.
 */
const SYNOPTIC_SD_SUMMER_C = 4.5 / Math.sqrt(3);
const SYNOPTIC_SD_WINTER_C = 8.5;
const SYNOPTIC_PERIOD_MS = 3.5 * DAY_MS;
const WOBBLE_AMPLITUDE_C = 1.2;
const WOBBLE_PERIOD_MS = 19 * HOUR_MS;
const COLUMBUS: LngLat = [-82.9988, 39.9612];

/** -1 at the daily minimum hour, +1 at the maximum, smooth in between. */
export function diurnalShape(hourOfDay: number): number {
  if (hourOfDay >= MIN_HOUR && hourOfDay < MAX_HOUR) {
    return -Math.cos((Math.PI * (hourOfDay - MIN_HOUR)) / (MAX_HOUR - MIN_HOUR));
  }
  const sinceMax = (hourOfDay - MAX_HOUR + 24) % 24;
  return Math.cos((Math.PI * sinceMax) / (24 - (MAX_HOUR - MIN_HOUR)));
}

/** The climatological normal for a fractional day of year, °C. */
export function seasonalNormalC(climate: Climate, dayOfYear: number): number {
  return climate.meanTempC - climate.annualAmplitudeC * Math.cos((2 * Math.PI * (dayOfYear - climate.coldestDayOfYear)) / DAYS_PER_YEAR);
}

/** +1 in midwinter (the coldest normal), −1 in midsummer, for a fractional day of year. */
function seasonOf(climate: Climate, dayOfYear: number): number {
  return Math.cos((2 * Math.PI * (dayOfYear - climate.coldestDayOfYear)) / DAYS_PER_YEAR);
}

/** Air temperature at 2 m, °C, at `utcMs` for the city and seed (no scenario episodes). */
export function temperatureC(site: WeatherSite, seed: number, utcMs: number): number {
  const local = localTime(site.timeZone, utcMs);
  const dayOfYear = local.dayOfYear + local.hourOfDay / 24;
  const normal = seasonalNormalC(site.climate, dayOfYear);
  const diurnal = (site.climate.diurnalRangeC / 2) * diurnalShape(local.hourOfDay);
  const synoptic = synopticC(streamKey(seed, 'weather-synoptic'), utcMs, seasonOf(site.climate, dayOfYear));
  const wobble = WOBBLE_AMPLITUDE_C * valueNoise(streamKey(seed, 'weather-wobble'), utcMs, WOBBLE_PERIOD_MS);
  return normal + diurnal + synoptic + wobble;
}

/**
 * The weather systems' departure from normal, °C: normal deviates every `SYNOPTIC_PERIOD_MS` joined
 * by the same quintic ease as `valueNoise`, scaled by the season's spread (`season` +1 midwinter).
 */
function synopticC(key: number, utcMs: number, season: number): number {
  const x = utcMs / SYNOPTIC_PERIOD_MS;
  const i = Math.floor(x);
  const f = x - i;
  const a = gaussian(key, i);
  const ease = f * f * f * (f * (f * 6 - 15) + 10);
  const sd = SYNOPTIC_SD_SUMMER_C + ((SYNOPTIC_SD_WINTER_C - SYNOPTIC_SD_SUMMER_C) * (1 + season)) / 2;
  return sd * (a + (gaussian(key, i + 1) - a) * ease);
}

/**
 * Solar elevation above the horizon, degrees (−90…90), from the low-precision solar coordinates of
 * the Astronomical Almanac (accurate to about 0.1° for 1950–2050).
 */
export function solarElevationDeg(location: LngLat, utcMs: number): number {
  const rad = Math.PI / 180;
  const d = utcMs / DAY_MS - 10957.5; // days since J2000.0 (2000-01-01T12:00Z)
  const g = (357.529 + 0.98560028 * d) * rad;
  const q = 280.459 + 0.98564736 * d;
  const lambda = (q + 1.915 * Math.sin(g) + 0.02 * Math.sin(2 * g)) * rad;
  const epsilon = (23.439 - 0.00000036 * d) * rad;
  const rightAscension = Math.atan2(Math.cos(epsilon) * Math.sin(lambda), Math.cos(lambda));
  const declination = Math.asin(Math.sin(epsilon) * Math.sin(lambda));
  const gmstHours = (((18.697374558 + 24.06570982441908 * d) % 24) + 24) % 24;
  const hourAngle = (gmstHours * 15 + location[0]) * rad - rightAscension;
  const lat = location[1] * rad;
  const sinElevation = Math.sin(lat) * Math.sin(declination) + Math.cos(lat) * Math.cos(declination) * Math.cos(hourAngle);
  return Math.asin(Math.max(-1, Math.min(1, sinElevation))) / rad;
}

/** Clear-sky global horizontal irradiance, W/m² (Haurwitz 1945): 0 when the sun is down. */
export function clearSkyGhiWm2(elevationDeg: number): number {
  if (elevationDeg <= 0) return 0;
  const cosZenith = Math.sin((elevationDeg * Math.PI) / 180);
  return 1098 * cosZenith * Math.exp(-0.057 / cosZenith);
}

/** Relative humidity, %, from temperature and dew point (Magnus formula, Alduchov–Eskridge constants). */
export function relativeHumidityPct(temperatureC: number, dewPointC: number): number {
  const rh = 100 * Math.exp((17.625 * dewPointC) / (243.04 + dewPointC) - (17.625 * temperatureC) / (243.04 + temperatureC));
  return Math.max(5, Math.min(100, rh));
}

/** A scenario episode: a UTC window and a strength (its meaning depends on the episode). */
export interface EpisodeWindow {
  fromMs: number;
  toMs: number;
  /** Heat wave: °C added at the plateau; smoke and inversion: 0–1 intensity. */
  magnitude: number;
}

/** The weather-related scenario episodes. */
export interface WeatherEpisodes {
  heatWave?: EpisodeWindow | undefined;
  smoke?: EpisodeWindow | undefined;
  inversion?: EpisodeWindow | undefined;
}

const EPISODE_RAMP_MS = 6 * HOUR_MS;

/**
 * 0 outside the window, 1 on its plateau, with smooth 6-hour ramps inside each end (shorter for short
 * windows), so an episode never jumps.
 */
export function episodeWeight(episode: EpisodeWindow | undefined, utcMs: number): number {
  if (!episode || utcMs <= episode.fromMs || utcMs >= episode.toMs) return 0;
  const ramp = Math.min(EPISODE_RAMP_MS, (episode.toMs - episode.fromMs) / 2);
  const x = Math.min(1, (utcMs - episode.fromMs) / ramp, (episode.toMs - utcMs) / ramp);
  return x * x * (3 - 2 * x);
}

/** Field offsets in one hour's record of a weather day block. */
export const W_TEMP = 0;
export const W_RH = 1;
export const W_WIND = 2;
export const W_WDIR = 3;
export const W_CLOUD = 4;
export const W_GHI = 5;
export const W_SUN = 6;
export const W_MIXH = 7;
/** Local hour of day (0–23) at the start of this UTC hour. */
export const W_LHOUR = 8;
/** Day type code (`DAY_TYPE_CODES`) of the local date. */
export const W_DTYPE = 9;
/** Local day of year (1–366). */
export const W_DOY = 10;
/** Local day number: days since 1970-01-01 of the local calendar date. */
export const W_LDAY = 11;
/** Local day of week, 0 = Sunday. */
export const W_DOW = 12;
/** Smoke episode weight 0–1 at this hour (the air model adds the plume). */
export const W_SMOKE = 13;
export const WEATHER_FIELDS = 14;

/** The weather of one instant, for API edges and tests. */
export interface WeatherState {
  temperatureC: number;
  relativeHumidityPct: number;
  windSpeedMps: number;
  /** Direction the wind blows from, degrees clockwise from north, [0, 360). */
  windDirectionDeg: number;
  /** Cloud cover fraction 0–1. */
  cloudCover: number;
  /** Global horizontal irradiance, W/m², ≥ 0. */
  ghiWm2: number;
  solarElevationDeg: number;
  /** Height of the mixed layer, m (≈ 50–2,500). */
  mixingHeightM: number;
}

/** Everything the weather of a city and seed depends on. */
export interface WeatherModel {
  site: WeatherSite;
  seed: number;
  episodes: WeatherEpisodes;
}

interface WeatherKeys {
  synoptic: number;
  wobble: number;
  dew: number;
  windSpeed: number;
  windFast: number;
  windDir: number;
  windDirFast: number;
  cloud: number;
  cloudFast: number;
}

function weatherKeys(seed: number): WeatherKeys {
  return {
    synoptic: streamKey(seed, 'weather-synoptic'),
    wobble: streamKey(seed, 'weather-wobble'),
    dew: streamKey(seed, 'weather-dewpoint'),
    windSpeed: streamKey(seed, 'weather-wind'),
    windFast: streamKey(seed, 'weather-wind-fast'),
    windDir: streamKey(seed, 'weather-wind-dir'),
    windDirFast: streamKey(seed, 'weather-wind-dir-fast'),
    cloud: streamKey(seed, 'weather-cloud'),
    cloudFast: streamKey(seed, 'weather-cloud-fast'),
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : Math.min(x, hi);
}

/** Fills one hour's record (`WEATHER_FIELDS` numbers at `offset`) for the instant `utcMs`. */
function fillWeatherHour(model: WeatherModel, keys: WeatherKeys, utcMs: number, out: Float64Array, offset: number): void {
  const { site, episodes } = model;
  const location = site.location ?? COLUMBUS;
  const local = localTime(site.timeZone, utcMs);
  const doy = local.dayOfYear + local.hourOfDay / 24;
  const season = seasonOf(site.climate, doy); // +1 mid-winter
  const synoptic = synopticC(keys.synoptic, utcMs, season);
  const heat = episodeWeight(episodes.heatWave, utcMs);
  const smoke = episodeWeight(episodes.smoke, utcMs);
  const inversion = episodeWeight(episodes.inversion, utcMs);

  const normal = seasonalNormalC(site.climate, doy);
  const diurnal = (site.climate.diurnalRangeC / 2) * diurnalShape(local.hourOfDay);
  const wobble = WOBBLE_AMPLITUDE_C * valueNoise(keys.wobble, utcMs, WOBBLE_PERIOD_MS);
  const heatC = heat * (episodes.heatWave?.magnitude ?? 0) * (0.85 + 0.15 * diurnalShape(local.hourOfDay));
  const temperature = normal + diurnal + synoptic + wobble + heatC;

  // Dew point: Columbus normals run from about −7 °C (January) to 17 °C (July).
  const dewNormal = 5 - 12 * season;
  const dewPoint = Math.min(temperature - 0.3, dewNormal + 0.6 * synoptic + 2.5 * valueNoise(keys.dew, utcMs, 1.7 * DAY_MS) + 0.4 * heatC);

  const cloud = clamp(
    0.56 +
      0.12 * season +
      0.38 * valueNoise(keys.cloud, utcMs, 2.2 * DAY_MS) +
      0.14 * valueNoise(keys.cloudFast, utcMs, 7 * HOUR_MS) -
      0.35 * heat,
    0,
    1,
  );
  const elevation = solarElevationDeg(location, utcMs);
  const dimming = (1 - 0.75 * cloud ** 3.4) * (1 - 0.25 * smoke * (episodes.smoke?.magnitude ?? 0));
  const ghi = clearSkyGhiWm2(elevation) * dimming;
  // Convective growth lags the sun by about 1.5 h, so the mixed layer is deepest mid-afternoon.
  const laggedGhi = clearSkyGhiWm2(solarElevationDeg(location, utcMs - 1.5 * HOUR_MS)) * dimming;

  const sunUp = elevation > 0 ? Math.sqrt(Math.sin((elevation * Math.PI) / 180)) : 0;
  const windMean = (3.9 + 0.7 * season) * (0.72 + 0.45 * sunUp);
  const wind = clamp(
    windMean *
      Math.exp(0.38 * valueNoise(keys.windSpeed, utcMs, 1.6 * DAY_MS) + 0.15 * valueNoise(keys.windFast, utcMs, 5 * HOUR_MS)) *
      (1 - 0.3 * heat) *
      (1 - 0.6 * inversion * (episodes.inversion?.magnitude ?? 0)),
    0.2,
    25,
  );
  const direction =
    (((225 + 100 * valueNoise(keys.windDir, utcMs, 2 * DAY_MS) + 35 * valueNoise(keys.windDirFast, utcMs, 6 * HOUR_MS)) % 360) + 360) % 360;

  const convective = 250 + 1900 * (laggedGhi / 1000) ** 0.8 * clamp(0.6 + temperature / 40, 0.4, 1.5);
  const mechanical = 60 + 70 * wind;
  // Cold, calm, clear nights make surface inversions (the winter PM2.5 trap).
  const stableNight = elevation < 0 && wind < 2.5 && cloud < 0.4 ? 0.6 : 1;
  const mixing = clamp(
    Math.max(mechanical * stableNight, elevation > -3 ? convective : 0) * (1 - 0.7 * inversion * (episodes.inversion?.magnitude ?? 0)),
    50,
    2800,
  );

  out[offset + W_TEMP] = temperature;
  out[offset + W_RH] = relativeHumidityPct(temperature, dewPoint);
  out[offset + W_WIND] = wind;
  out[offset + W_WDIR] = direction;
  out[offset + W_CLOUD] = cloud;
  out[offset + W_GHI] = ghi;
  out[offset + W_SUN] = elevation;
  out[offset + W_MIXH] = mixing;
  out[offset + W_LHOUR] = Math.floor(local.hourOfDay + 1e-9);
  out[offset + W_DTYPE] = DAY_TYPE_CODES[dayTypeOf(local)];
  out[offset + W_DOY] = local.dayOfYear;
  out[offset + W_LDAY] = Math.round(Date.UTC(local.year, local.month - 1, local.day) / DAY_MS);
  out[offset + W_DOW] = local.dayOfWeek;
  out[offset + W_SMOKE] = smoke;
}

/**
 * Hourly weather in day blocks (24 UTC hours × `WEATHER_FIELDS`), computed on demand and kept in a
 * bounded map. Blocks are pure functions of (model, day), so the cache never changes a result.
 */
export class WeatherCache {
  readonly model: WeatherModel;
  private readonly keys: WeatherKeys;
  private readonly blocks = new Map<number, Float64Array>();
  private readonly maxBlocks: number;
  /** The day asked for last and its block: a trip asks the hour's fields at every signal, nearly always of one day. */
  private lastDay = Number.NaN;
  private lastBlock: Float64Array = new Float64Array(0);

  constructor(model: WeatherModel, maxBlocks = 800) {
    this.model = model;
    this.keys = weatherKeys(model.seed);
    this.maxBlocks = maxBlocks;
  }

  /** Day blocks currently held (bounded by the constructor's `maxBlocks`). */
  get blockCount(): number {
    return this.blocks.size;
  }

  /** The block of UTC day `dayIndex` (days since 1970): 24 hour records. */
  day(dayIndex: number): Float64Array {
    if (dayIndex === this.lastDay) return this.lastBlock;
    let block = this.blocks.get(dayIndex);
    if (!block) {
      block = new Float64Array(24 * WEATHER_FIELDS);
      for (let h = 0; h < 24; h++) fillWeatherHour(this.model, this.keys, dayIndex * DAY_MS + h * HOUR_MS, block, h * WEATHER_FIELDS);
      if (this.blocks.size >= this.maxBlocks) {
        const oldest = this.blocks.keys().next().value;
        if (oldest !== undefined) this.blocks.delete(oldest);
      }
      this.blocks.set(dayIndex, block);
    }
    this.lastDay = dayIndex;
    this.lastBlock = block;
    return block;
  }

  /** One field at the start of UTC hour `hourIndex` (hours since 1970). */
  hourField(hourIndex: number, field: number): number {
    const dayIndex = Math.floor(hourIndex / 24);
    return this.day(dayIndex)[(hourIndex - dayIndex * 24) * WEATHER_FIELDS + field] as number;
  }

  /**
   * Copies hour records for `count` hours from `firstHour` into `out` (hour-major), plus one more
   * hour so callers can interpolate to the end of the last hour. `out` needs `(count + 1) × WEATHER_FIELDS`.
   */
  hours(firstHour: number, count: number, out: Float64Array): Float64Array {
    for (let i = 0; i <= count; i++) {
      const hourIndex = firstHour + i;
      const dayIndex = Math.floor(hourIndex / 24);
      const block = this.day(dayIndex);
      const from = (hourIndex - dayIndex * 24) * WEATHER_FIELDS;
      out.set(block.subarray(from, from + WEATHER_FIELDS), i * WEATHER_FIELDS);
    }
    return out;
  }

  /** The weather at an instant, linearly interpolated between hour samples (direction along the short arc). */
  at(utcMs: number): WeatherState {
    const hourIndex = Math.floor(utcMs / HOUR_MS);
    const f = utcMs / HOUR_MS - hourIndex;
    const a = (field: number) => this.hourField(hourIndex, field);
    const b = (field: number) => this.hourField(hourIndex + 1, field);
    const lerp = (field: number) => a(field) + (b(field) - a(field)) * f;
    return {
      temperatureC: lerp(W_TEMP),
      relativeHumidityPct: lerp(W_RH),
      windSpeedMps: lerp(W_WIND),
      windDirectionDeg: lerpAngleDeg(a(W_WDIR), b(W_WDIR), f),
      cloudCover: lerp(W_CLOUD),
      ghiWm2: lerp(W_GHI),
      solarElevationDeg: lerp(W_SUN),
      mixingHeightM: lerp(W_MIXH),
    };
  }
}

/** Interpolates between two bearings along the shorter arc; result in [0, 360). */
export function lerpAngleDeg(a: number, b: number, f: number): number {
  let delta = b - a;
  if (delta > 180) delta -= 360;
  else if (delta < -180) delta += 360;
  const v = a + delta * f;
  return v < 0 ? v + 360 : v >= 360 ? v - 360 : v;
}
