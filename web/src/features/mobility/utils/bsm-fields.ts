/**
 * Basic Safety Message Part I, field by field: the raw J2735 integer, its unit, and the decoded
 * value, so a student sees that `speed 670` means 13.4 m/s. Units and sentinels from SAE J2735
 * BSMcoreData (FACTS.md F). Decoded values are numbers (formatted by the caller per language) or
 * flags; a sentinel ("unavailable") decodes to null.
 */
import type { Bsm } from '@sandbox/shared/mobility/schemas';

export type BsmFieldKey =
  | 'msgCnt'
  | 'id'
  | 'secMark'
  | 'lat'
  | 'long'
  | 'elev'
  | 'semiMajor'
  | 'speed'
  | 'heading'
  | 'accelLong'
  | 'wheelBrakes'
  | 'abs'
  | 'width'
  | 'length'
  | 'events';

/** How a decoded value reads: a number in a unit (the catalog key `mobility.bsm.decodedUnit.<unit>`), a word, or as is. */
export type Decoded =
  | { kind: 'number'; value: number; unit: 'count' | 's' | 'deg' | 'm' | 'mps' | 'mps2'; digits: number; kmh?: number }
  | { kind: 'text'; value: string }
  | {
      kind: 'flag';
      value:
        | 'brakesOn'
        | 'brakesOff'
        | 'hardBraking'
        | 'hardBrakingAbs'
        | 'absActivated'
        | 'noEvent'
        | 'absEngaged'
        | 'absReady'
        | 'absOff';
    }
  | { kind: 'unavailable' };

export interface BsmField {
  key: BsmFieldKey;
  /** The J2735 / ODE path, as a flattened CSV column names it. */
  path: string;
  raw: string | number;
  /** The J2735 unit of `raw` (catalog key `mobility.bsm.rawUnit.<unit>`). */
  rawUnit: 'count' | 'hex' | 'ms' | 'tenthMicrodeg' | 'tenCm' | 'fiveCm' | 'twoCmps' | 'eightiethDeg' | 'cmps2' | 'bits' | 'enum' | 'cm';
  decoded: Decoded;
}

type NumberValue = Extract<Decoded, { kind: 'number' }>;
const num = (value: number, unit: NumberValue['unit'], digits: number): NumberValue => ({ kind: 'number', value, unit, digits });

/** Every field of a BSM's core data (and its Part II event flags) with raw and decoded values. */
export function bsmFields(bsm: Bsm): BsmField[] {
  const c = bsm.coreData;
  const speedMps = c.speed * 0.02;
  // VehicleEventFlags, bit 0 first: bit 2 ABSactivated, bit 7 hardBraking.
  const hardBraking = bsm.partII?.vse.events[7] === '1';
  const absActivated = bsm.partII?.vse.events[2] === '1';
  const events = hardBraking ? (absActivated ? 'hardBrakingAbs' : 'hardBraking') : absActivated ? 'absActivated' : 'noEvent';
  return [
    { key: 'msgCnt', path: 'coreData.msgCnt', raw: c.msgCnt, rawUnit: 'count', decoded: num(c.msgCnt, 'count', 0) },
    { key: 'id', path: 'coreData.id', raw: c.id, rawUnit: 'hex', decoded: { kind: 'text', value: c.id } },
    {
      key: 'secMark',
      path: 'coreData.secMark',
      raw: c.secMark,
      rawUnit: 'ms',
      decoded: c.secMark === 65535 ? { kind: 'unavailable' } : num(c.secMark / 1000, 's', 3),
    },
    {
      key: 'lat',
      path: 'coreData.lat',
      raw: c.lat,
      rawUnit: 'tenthMicrodeg',
      decoded: c.lat === 900000001 ? { kind: 'unavailable' } : num(c.lat / 1e7, 'deg', 7),
    },
    {
      key: 'long',
      path: 'coreData.long',
      raw: c.long,
      rawUnit: 'tenthMicrodeg',
      decoded: c.long === 1800000001 ? { kind: 'unavailable' } : num(c.long / 1e7, 'deg', 7),
    },
    {
      key: 'elev',
      path: 'coreData.elev',
      raw: c.elev,
      rawUnit: 'tenCm',
      decoded: c.elev === -4096 ? { kind: 'unavailable' } : num(c.elev / 10, 'm', 1),
    },
    {
      key: 'semiMajor',
      path: 'coreData.accuracy.semiMajor',
      raw: c.accuracy.semiMajor,
      rawUnit: 'fiveCm',
      decoded: c.accuracy.semiMajor === 255 ? { kind: 'unavailable' } : num(c.accuracy.semiMajor * 0.05, 'm', 2),
    },
    {
      key: 'speed',
      path: 'coreData.speed',
      raw: c.speed,
      rawUnit: 'twoCmps',
      decoded: c.speed === 8191 ? { kind: 'unavailable' } : { ...num(speedMps, 'mps', 2), kmh: speedMps * 3.6 },
    },
    {
      key: 'heading',
      path: 'coreData.heading',
      raw: c.heading,
      rawUnit: 'eightiethDeg',
      decoded: c.heading === 28800 ? { kind: 'unavailable' } : num(c.heading * 0.0125, 'deg', 1),
    },
    {
      key: 'accelLong',
      path: 'coreData.accelSet.long',
      raw: c.accelSet.long,
      rawUnit: 'cmps2',
      decoded: c.accelSet.long === 2001 ? { kind: 'unavailable' } : num(c.accelSet.long / 100, 'mps2', 2),
    },
    {
      key: 'wheelBrakes',
      path: 'coreData.brakes.wheelBrakes',
      raw: c.brakes.wheelBrakes,
      rawUnit: 'bits',
      decoded: { kind: 'flag', value: c.brakes.wheelBrakes.slice(1).includes('1') ? 'brakesOn' : 'brakesOff' },
    },
    {
      key: 'abs',
      path: 'coreData.brakes.abs',
      raw: c.brakes.abs,
      rawUnit: 'enum',
      // J2735 AntiLockBrakeStatus: 'on' is switched on but not acting, 'engaged' acting, 'off' switched off.
      decoded:
        c.brakes.abs === 'unavailable'
          ? { kind: 'unavailable' }
          : { kind: 'flag', value: c.brakes.abs === 'engaged' ? 'absEngaged' : c.brakes.abs === 'on' ? 'absReady' : 'absOff' },
    },
    { key: 'width', path: 'coreData.size.width', raw: c.size.width, rawUnit: 'cm', decoded: num(c.size.width / 100, 'm', 2) },
    { key: 'length', path: 'coreData.size.length', raw: c.size.length, rawUnit: 'cm', decoded: num(c.size.length / 100, 'm', 2) },
    {
      key: 'events',
      path: 'partII.vse.events',
      raw: bsm.partII?.vse.events ?? '—',
      rawUnit: 'bits',
      decoded: { kind: 'flag', value: events },
    },
  ];
}

/** Compass point of a heading in degrees (N, NE, …), for a quick read beside the number. */
export function compassPoint(deg: number): 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw' {
  const points = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
  return points[Math.round((((deg % 360) + 360) % 360) / 45) % 8] ?? 'n';
}

/** One flat row per message with ODE-style column names (`coreData_speed`), raw J2735 integers. */
export function flatBsmRow(record: { corridorId: string; bsm: Bsm }): Record<string, string | number> {
  const row: Record<string, string | number> = {
    metadata_generatedAt: record.bsm.metadata.generatedAt,
    corridorId: record.corridorId,
  };
  for (const field of bsmFields(record.bsm)) row[field.path.replaceAll('.', '_')] = field.raw;
  return row;
}
