import type { Bsm } from '@sandbox/shared/mobility/schemas';
import { describe, expect, it } from 'vitest';
import { bsmFields, compassPoint, flatBsmRow } from './bsm-fields';

const bsm: Bsm = {
  metadata: { generatedAt: '2026-07-15T21:30:12.300Z', recordType: 'bsmTx' },
  coreData: {
    msgCnt: 12,
    id: '2AEB3C39',
    secMark: 12300,
    lat: 400589768,
    long: -830180063,
    elev: 2453,
    accuracy: { semiMajor: 40, semiMinor: 30, orientation: 0 },
    transmission: 'forwardGears',
    speed: 670,
    heading: 7200,
    angle: 0,
    accelSet: { long: -412, lat: 0, vert: 0, yaw: 0 },
    brakes: { wheelBrakes: '01111', traction: 'off', abs: 'engaged', scs: 'off', brakeBoost: 'off', auxBrakes: 'off' },
    size: { width: 190, length: 480 },
  },
  partII: { vse: { events: '0010000100000' } },
};

const byKey = Object.fromEntries(bsmFields(bsm).map((f) => [f.key, f]));

describe('bsmFields', () => {
  it.each([
    ['speed', 670, { kind: 'number', value: 13.4, unit: 'mps' }],
    ['heading', 7200, { kind: 'number', value: 90, unit: 'deg' }],
    ['lat', 400589768, { kind: 'number', value: 40.0589768, unit: 'deg' }],
    ['long', -830180063, { kind: 'number', value: -83.0180063, unit: 'deg' }],
    ['elev', 2453, { kind: 'number', value: 245.3, unit: 'm' }],
    ['secMark', 12300, { kind: 'number', value: 12.3, unit: 's' }],
    ['semiMajor', 40, { kind: 'number', value: 2, unit: 'm' }],
    ['accelLong', -412, { kind: 'number', value: -4.12, unit: 'mps2' }],
    ['length', 480, { kind: 'number', value: 4.8, unit: 'm' }],
  ])('decodes %s %s with the J2735 unit', (key, raw, decoded) => {
    const field = byKey[key];
    expect(field?.raw).toBe(raw);
    expect(field?.decoded).toMatchObject({ ...decoded, value: expect.closeTo(decoded.value, 9) });
  });

  it('converts the worked example of FACTS.md: speed 670 is 13.4 m/s, about 48 km/h', () => {
    const speed = byKey.speed?.decoded;
    expect(speed?.kind === 'number' ? speed.kmh : 0).toBeCloseTo(48.24, 2);
  });

  it('reads brakes and the hard-braking and ABS event flags', () => {
    expect(byKey.wheelBrakes?.decoded).toEqual({ kind: 'flag', value: 'brakesOn' });
    expect(byKey.abs?.decoded).toEqual({ kind: 'flag', value: 'absEngaged' });
    expect(byKey.events?.decoded).toEqual({ kind: 'flag', value: 'hardBrakingAbs' });
  });

  it.each([
    ['on', '0000000100000', 'absReady', 'hardBraking'],
    ['off', '0010000000000', 'absOff', 'absActivated'],
  ] as const)('reads ABS %s and the event bits %s', (abs, events, absValue, eventsValue) => {
    const fields = bsmFields({
      ...bsm,
      coreData: { ...bsm.coreData, brakes: { ...bsm.coreData.brakes, abs } },
      partII: { vse: { events } },
    });
    expect(fields.find((f) => f.key === 'abs')?.decoded).toEqual({ kind: 'flag', value: absValue });
    expect(fields.find((f) => f.key === 'events')?.decoded).toEqual({ kind: 'flag', value: eventsValue });
  });

  it('says a missing ABS status is unavailable, and no Part II is no event', () => {
    const { partII: _none, ...withoutPartII } = bsm;
    const fields = bsmFields({ ...withoutPartII, coreData: { ...bsm.coreData, brakes: { ...bsm.coreData.brakes, abs: 'unavailable' } } });
    expect(fields.find((f) => f.key === 'abs')?.decoded).toEqual({ kind: 'unavailable' });
    expect(fields.find((f) => f.key === 'events')?.decoded).toEqual({ kind: 'flag', value: 'noEvent' });
  });

  it('decodes the "unavailable" sentinels to unavailable', () => {
    const blind = bsmFields({ ...bsm, coreData: { ...bsm.coreData, speed: 8191, heading: 28800, secMark: 65535, elev: -4096 } });
    for (const key of ['speed', 'heading', 'secMark', 'elev']) {
      expect(blind.find((f) => f.key === key)?.decoded).toEqual({ kind: 'unavailable' });
    }
  });
});

describe('flatBsmRow', () => {
  it('names columns as the ODE flattens them and keeps raw integers', () => {
    expect(flatBsmRow({ corridorId: 'high-st', bsm })).toMatchObject({
      metadata_generatedAt: '2026-07-15T21:30:12.300Z',
      corridorId: 'high-st',
      coreData_speed: 670,
      coreData_heading: 7200,
      coreData_accuracy_semiMajor: 40,
      partII_vse_events: '0010000100000',
    });
  });
});

describe('compassPoint', () => {
  it.each([
    [0, 'n'],
    [44, 'ne'],
    [90, 'e'],
    [181, 's'],
    [359, 'n'],
    [-90, 'w'],
  ])('%s° reads %s', (deg, point) => {
    expect(compassPoint(deg)).toBe(point);
  });
});
