/**
 * Sealed scenarios and classes, written once and run against every backend (sqlite-store.test.ts,
 * postgres-store.test.ts): a scenario sealed twice keeps its first token (also when many seal it at
 * once), tokens open to the scenario as sealed, classes round-trip and refuse a taken code, attempts
 * come back oldest first and stop at the cap, a class's start (page, moment) is kept and one
 * without a start comes back without one, and everything survives a reopen. `describeClassMigration`
 * opens a database left at schema version 3 (before classes had a start) holding a class: it keeps
 * working, without a start.
 */
import { type Scenario, ScenarioSchema } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptRecord, ClassRecord } from '../classes';
import { MIGRATIONS } from '../migrations';
import type { Store } from '../store';
import type { Backend } from './store-suite';

const NOW = Date.parse('2026-12-06T23:00:00Z');
let tokens = 0;
const nextToken = () => `tok${String(++tokens).padStart(19, '0')}`;
let codes = 0;
const nextCode = () => `CLS${String(++codes).padStart(3, '0')}`;

const scenario = (seed: number): Scenario =>
  ScenarioSchema.parse({
    city: 'columbus',
    seed,
    levers: { evShare: 0.4 },
    faults: [{ kind: 'dropout', stationId: 'linden-park-bench', from: '2026-07-15T14:07:13Z', to: '2026-07-15T17:41:29Z' }],
  });

const newClass = (code = nextCode()): ClassRecord => ({
  code,
  name: 'Period 3',
  lessons: ['broken-sensors', 'kw-vs-kwh'],
  scenario: scenario(1),
  teacherHash: 'a'.repeat(64),
  createdAtMs: NOW,
});

const attempt = (student: string, correct: boolean, atMs = NOW): AttemptRecord => ({
  student,
  lessonId: 'broken-sensors',
  questionId: 'which-bench',
  correct,
  atMs,
});

export function describeClassStore(name: string, backend: Pick<Backend, 'open'>): void {
  describe(`${name} sealed scenarios and classes`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('seals a scenario once: the same content keeps its first token, another gets its own', async () => {
      const first = await store.sealed.seal(scenario(7), 'hash-7', nextToken, NOW);
      expect(await store.sealed.seal(scenario(7), 'hash-7', nextToken, NOW)).toBe(first);
      const other = await store.sealed.seal(scenario(8), 'hash-8', nextToken, NOW);
      expect(other).not.toBe(first);
      expect(await store.sealed.open(first)).toEqual(scenario(7));
      expect(await store.sealed.open(other)).toEqual(scenario(8));
      expect(await store.sealed.open('no-such-token-at-all00')).toBeUndefined();
    });

    it('gives twenty concurrent seals of one scenario one token', async () => {
      const all = await Promise.all(Array.from({ length: 20 }, () => store.sealed.seal(scenario(9), 'hash-9', nextToken, NOW)));
      expect(new Set(all).size).toBe(1);
    });

    it('keeps a class and refuses its code a second time', async () => {
      const record = newClass();
      expect(await store.classes.create(record)).toEqual(record);
      expect(await store.classes.create({ ...record, name: 'another' })).toBe('taken');
      expect(await store.classes.get(record.code)).toEqual(record);
      expect(await store.classes.get('NOPE99')).toBeUndefined();
    });

    it('keeps where students start, and a class without a start comes back without one', async () => {
      const started: ClassRecord = { ...newClass(), start: { page: '/data', t: '2026-07-15T16:00:00Z' } };
      expect(await store.classes.create(started)).toEqual(started);
      expect(await store.classes.get(started.code)).toEqual(started);
      const live: ClassRecord = { ...newClass(), start: { page: '/air' } };
      await store.classes.create(live);
      expect(await store.classes.get(live.code)).toEqual(live);
      const plain = newClass();
      await store.classes.create(plain);
      const found = await store.classes.get(plain.code);
      expect(found).toEqual(plain);
      expect(found && 'start' in found).toBe(false);
    });

    it('lists attempts oldest first, refuses them for a missing class and past the cap', async () => {
      const { code } = newClass();
      await store.classes.create(newClass(code));
      expect(await store.classes.addAttempt(code, attempt('Mina', false, NOW), 3)).toBe('ok');
      expect(await store.classes.addAttempt(code, attempt('Joon', true, NOW + 1), 3)).toBe('ok');
      expect(await store.classes.addAttempt(code, attempt('Mina', true, NOW + 2), 3)).toBe('ok');
      expect(await store.classes.addAttempt(code, attempt('Late', true, NOW + 3), 3)).toBe('full');
      expect(await store.classes.addAttempt('NOPE99', attempt('Mina', true), 3)).toBe('missing');
      expect(await store.classes.attempts(code, 10)).toEqual([
        attempt('Mina', false, NOW),
        attempt('Joon', true, NOW + 1),
        attempt('Mina', true, NOW + 2),
      ]);
      expect(await store.classes.attempts(code, 2)).toHaveLength(2);
    });

    it('seats a name once (also when many take it at once), lists seats first joined first, frees one, stops at the cap', async () => {
      const { code } = newClass();
      await store.classes.create(newClass(code));
      const seat = (key: string, hash: string, joinedAtMs = NOW) => ({
        studentKey: key,
        student: key.toUpperCase(),
        seatHash: hash,
        joinedAtMs,
      });
      const racing = await Promise.all(Array.from({ length: 20 }, (_, i) => store.classes.takeSeat(code, seat('mina', `hash-${i}`), 3)));
      expect(racing.filter((outcome) => outcome === 'ok')).toHaveLength(1);
      const holder = await store.classes.seat(code, 'mina');
      for (const outcome of racing) if (outcome !== 'ok') expect(outcome).toEqual({ taken: holder });
      expect(await store.classes.takeSeat(code, seat('joon', 'hash-joon', NOW + 1), 3)).toBe('ok');
      expect(await store.classes.takeSeat(code, seat('ada', 'hash-ada', NOW + 2), 3)).toBe('ok');
      expect(await store.classes.takeSeat(code, seat('late', 'hash-late', NOW + 3), 3)).toBe('full');
      expect(await store.classes.takeSeat('NOPE99', seat('mina', 'hash'), 3)).toBe('missing');
      expect((await store.classes.seats(code, 10)).map((s) => s.studentKey)).toEqual(['mina', 'joon', 'ada']);
      expect(await store.classes.freeSeat(code, 'mina')).toBe(true);
      expect(await store.classes.freeSeat(code, 'mina')).toBe(false);
      expect(await store.classes.seat(code, 'mina')).toBeUndefined();
      expect(await store.classes.takeSeat(code, seat('mina', 'hash-again', NOW + 4), 3)).toBe('ok');
      expect(await store.classes.seat(code, 'mina')).toEqual(seat('mina', 'hash-again', NOW + 4));
      expect(await store.classes.seats(code, 2)).toHaveLength(2);
    });

    it('keeps classes, attempts and sealed scenarios across a reopen', async () => {
      const record: ClassRecord = { ...newClass(), start: { page: '/data', t: '2026-07-15T16:00:00Z' } };
      await store.classes.create(record);
      await store.classes.addAttempt(record.code, attempt('Mina', true), 10);
      const token = await store.sealed.seal(scenario(11), 'hash-11', nextToken, NOW);
      await store.close();
      store = await backend.open();
      expect(await store.classes.get(record.code)).toEqual(record);
      expect(await store.classes.attempts(record.code, 10)).toEqual([attempt('Mina', true)]);
      expect(await store.sealed.open(token)).toEqual(scenario(11));
    });
  });
}

/** The migrations up to `version`, as a server of that schema version would have applied them. */
export const migrationsUpTo = (version: number) => MIGRATIONS.filter((migration) => migration.version <= version);

/** A class as a server at schema version 3 wrote it (no start): the columns and values of its row. */
export const V3_CLASS_ROW = {
  code: 'OLD345',
  name: 'Period 1',
  lessons: '["broken-sensors"]',
  scenario: JSON.stringify(scenario(5)),
  teacher_hash: 'b'.repeat(64),
  created_at: NOW,
};

export interface MigrationBackend {
  /** A fresh database at schema version 3 holding V3_CLASS_ROW. */
  atVersion3(): Promise<void>;
  open(): Promise<Store>;
}

export function describeClassMigration(name: string, backend: MigrationBackend): void {
  describe(`${name} classes from schema version 3`, () => {
    it('opens a version-3 database: its class keeps working without a start, and new classes keep theirs', async () => {
      await backend.atVersion3();
      const store = await backend.open();
      try {
        const old = await store.classes.get(V3_CLASS_ROW.code);
        expect(old).toEqual({
          code: V3_CLASS_ROW.code,
          name: 'Period 1',
          lessons: ['broken-sensors'],
          scenario: scenario(5),
          teacherHash: V3_CLASS_ROW.teacher_hash,
          createdAtMs: NOW,
        });
        expect(old && 'start' in old).toBe(false);
        expect(await store.classes.addAttempt(V3_CLASS_ROW.code, attempt('Mina', true), 10)).toBe('ok');
        const record: ClassRecord = { ...newClass(), start: { page: '/data', t: '2026-07-15T16:00:00Z' } };
        await store.classes.create(record);
        expect(await store.classes.get(record.code)).toEqual(record);
      } finally {
        await store.close();
      }
    });
  });
}
