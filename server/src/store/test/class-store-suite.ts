/**
 * Sealed scenarios and classes, written once and run against every backend (sqlite-store.test.ts,
 * postgres-store.test.ts): a scenario sealed twice keeps its first token (also when many seal it at
 * once), tokens open to the scenario as sealed, classes round-trip and refuse a taken code, attempts
 * come back oldest first and stop at the cap, and everything survives a reopen.
 */
import { type Scenario, ScenarioSchema } from '@sandbox/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptRecord, ClassRecord } from '../classes';
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

    it('keeps classes, attempts and sealed scenarios across a reopen', async () => {
      const record = newClass();
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
