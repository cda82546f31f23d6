/**
 * The rooms part of the store, written once and run against every backend (sqlite-store.test.ts,
 * postgres-store.test.ts): round trips, joins to the emptiest team, lever changes guarded by the
 * team's version and the room's phase (including 30 concurrent writers and changes racing a lock),
 * frozen results and scores filled once, change announcements, and persistence across a reopen.
 */
import { initialLevers, KpiNumbersSchema, LAB_KPI_IDS, type RoomPhase, type TeamId } from '@sandbox/shared';
import { roomConfig } from '@sandbox/shared/test-support/room-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewRoom, RoomChange } from '../rooms';
import type { Store } from '../store';
import type { Backend } from './store-suite';

let codes = 0;
/** A fresh join code per room (the suite shares one store). */
const nextCode = () => `ROOM${String(++codes).padStart(2, '0')}`;

export function newRoom(code = nextCode(), teams = ['Red', 'Blue', 'Green']): NewRoom {
  const config = roomConfig({ teams });
  return {
    code,
    config,
    facilitatorHash: 'f'.repeat(64),
    teams: teams.map((name, i) => ({ team: `t${i + 1}` as TeamId, name, token: `token-${code}-${i}`, levers: initialLevers(config) })),
  };
}

const figures = (peakLoad: number) =>
  KpiNumbersSchema.parse({ ...Object.fromEntries(LAB_KPI_IDS.map((id) => [id, null])), peakLoad, pm25Exposure: 9.1 });

const NOW = Date.parse('2026-12-06T10:00:00Z');

export function describeRoomStore(name: string, backend: Pick<Backend, 'open'>): void {
  describe(`${name} rooms`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    const open = async (code: string) => {
      expect(await store.rooms.advance(code, { round: 0, phase: 'lobby' }, { round: 1, phase: 'open' }, NOW)).toBe(true);
    };

    it('keeps a new room with its teams and reads it back; a code in use is refused', async () => {
      const room = newRoom();
      const created = await store.rooms.create(room, NOW);
      if (created === 'taken') throw new Error('fresh code taken');
      expect(created.room).toMatchObject({ code: room.code, name: 'Evening peak', round: 0, phase: 'lobby', version: 1, baseline: null });
      expect(created.room.config).toEqual(room.config);
      expect(created.teams.map((t) => [t.team, t.name, t.members, t.leverVersion, t.changedAtMs])).toEqual([
        ['t1', 'Red', 0, 1, null],
        ['t2', 'Blue', 0, 1, null],
        ['t3', 'Green', 0, 1, null],
      ]);
      expect(created.teams[0]?.levers).toEqual({ evShare: 0.5, evTimeOfUse: false, demandResponse: 0 });
      expect(await store.rooms.read(room.code)).toEqual(created);
      expect(await store.rooms.create({ ...newRoom(), code: room.code }, NOW)).toBe('taken');
      expect(await store.rooms.read('NOROOM')).toBeUndefined();
    });

    it('sends a joiner to the emptiest team (first on a tie) or the one asked, raising the version and telling listeners', async () => {
      const room = newRoom();
      await store.rooms.create(room, NOW);
      const heard: RoomChange[] = [];
      const stop = store.rooms.onChange((change) => heard.push(change));
      const joined = [];
      for (const asked of [undefined, undefined, 't1', undefined] as const) joined.push(await store.rooms.join(room.code, asked));
      stop();
      expect(joined.map((j) => j.status === 'ok' && [j.team.team, j.team.members, j.version])).toEqual([
        ['t1', 1, 2],
        ['t2', 1, 3],
        ['t1', 2, 4],
        ['t3', 1, 5],
      ]);
      expect(heard.filter((c) => 'code' in c && c.code === room.code).map((c) => 'version' in c && c.version)).toEqual([2, 3, 4, 5]);
      expect(await store.rooms.join(room.code, 't9' as TeamId)).toEqual({ status: 'missing' });
      expect(await store.rooms.join('NOROOM', undefined)).toEqual({ status: 'missing' });
    });

    it('changes a team’s levers only while a round is open and only from the version the writer read', async () => {
      const room = newRoom();
      await store.rooms.create(room, NOW);
      expect(await store.rooms.setLevers(room.code, 't1', 1, { evShare: 0.3 }, NOW)).toEqual({
        status: 'closed',
        round: 0,
        phase: 'lobby',
      });
      await open(room.code);
      const changed = await store.rooms.setLevers(room.code, 't1', 1, { evShare: 0.3, evTimeOfUse: true, demandResponse: 0 }, NOW + 5);
      if (changed.status !== 'ok') throw new Error(changed.status);
      expect(changed.team).toMatchObject({
        team: 't1',
        leverVersion: 2,
        changedAtMs: NOW + 5,
        levers: { evShare: 0.3, evTimeOfUse: true },
      });
      expect(changed.version).toBe(3);
      // The same request again (a replay): the team is at version 2 now.
      expect(await store.rooms.setLevers(room.code, 't1', 1, { evShare: 0.4 }, NOW)).toEqual({ status: 'stale', current: changed.team });
      expect(await store.rooms.setLevers(room.code, 't7' as TeamId, 1, {}, NOW)).toEqual({ status: 'missing' });
      expect(await store.rooms.setLevers('NOROOM', 't1', 1, {}, NOW)).toEqual({ status: 'missing' });
      expect((await store.rooms.read(room.code))?.room.version).toBe(3);
    });

    it('lets exactly one of 30 concurrent writers of one team version win', async () => {
      const room = newRoom();
      await store.rooms.create(room, NOW);
      await open(room.code);
      const outcomes = await Promise.all(
        Array.from({ length: 30 }, (_, i) => store.rooms.setLevers(room.code, 't2', 1, { evShare: 0.2 + i / 100 }, NOW)),
      );
      expect(outcomes.filter((o) => o.status === 'ok')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'stale')).toHaveLength(29);
      expect((await store.rooms.read(room.code))?.teams[1]?.leverVersion).toBe(2);
    });

    it('moves rounds only from where the room is, freezing the levers at the lock; no change gets in after it', async () => {
      const room = newRoom();
      await store.rooms.create(room, NOW);
      await open(room.code);
      const at = (round: number, phase: RoomPhase) => ({ round, phase });
      expect(await store.rooms.advance(room.code, at(0, 'lobby'), at(1, 'open'), NOW)).toBe(false);
      // Lever changes racing the lock: whichever committed before it is frozen, none after it succeeds.
      const racing = Array.from({ length: 3 }, (_, t) =>
        (async () => {
          let version = 1;
          for (let i = 0; i < 10; i++) {
            const outcome = await store.rooms.setLevers(room.code, `t${t + 1}` as TeamId, version, { evShare: 0.2 + i / 50 }, NOW);
            if (outcome.status !== 'ok') return outcome.status;
            version = outcome.team.leverVersion;
          }
          return 'ok';
        })(),
      );
      const locked = store.rooms.advance(room.code, at(1, 'open'), at(1, 'locked'), NOW);
      expect(await locked).toBe(true);
      expect((await Promise.all(racing)).every((status) => status === 'ok' || status === 'closed')).toBe(true);
      const snapshot = await store.rooms.read(room.code);
      expect(snapshot?.room).toMatchObject({ round: 1, phase: 'locked' });
      expect(snapshot?.results.map((r) => [r.round, r.team, r.levers, r.scores])).toEqual(
        snapshot?.teams.map((t) => [1, t.team, t.levers, null]),
      );
      expect(await store.rooms.setLevers(room.code, 't1', snapshot?.teams[0]?.leverVersion ?? 0, { evShare: 0.45 }, NOW)).toEqual({
        status: 'closed',
        round: 1,
        phase: 'locked',
      });
    });

    it('fills a round’s scores and the baseline once; a second scorer changes nothing', async () => {
      const room = newRoom();
      await store.rooms.create(room, NOW);
      await open(room.code);
      await store.rooms.advance(room.code, { round: 1, phase: 'open' }, { round: 1, phase: 'locked' }, NOW);
      const scores = new Map<TeamId, ReturnType<typeof figures>>([
        ['t1', figures(40_000)],
        ['t2', figures(41_000)],
        ['t3', figures(39_000)],
      ]);
      expect(await store.rooms.saveScores(room.code, 1, figures(45_000), scores, NOW)).toBe(true);
      expect(await store.rooms.saveScores(room.code, 1, figures(1), new Map([['t1', figures(1)]]), NOW)).toBe(false);
      const snapshot = await store.rooms.read(room.code);
      expect(snapshot?.room.baseline?.peakLoad).toBe(45_000);
      expect(snapshot?.results.map((r) => r.scores?.peakLoad)).toEqual([40_000, 41_000, 39_000]);
    });

    it('keeps rooms, teams and results across a close and reopen', async () => {
      const room = newRoom();
      await store.rooms.create(room, NOW);
      await store.rooms.join(room.code, 't2');
      await open(room.code);
      await store.rooms.setLevers(room.code, 't2', 1, { evShare: 0.35, evTimeOfUse: true, demandResponse: 0.2 }, NOW);
      await store.rooms.advance(room.code, { round: 1, phase: 'open' }, { round: 1, phase: 'locked' }, NOW);
      const before = await store.rooms.read(room.code);
      await store.close();
      store = await backend.open();
      expect(await store.rooms.read(room.code)).toEqual(before);
    });
  });
}
