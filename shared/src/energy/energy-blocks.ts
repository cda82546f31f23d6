/**
 * Load per cell (feeder × class) in blocks of six UTC hours, computed once per scenario and kept
 * under the memory budget (~140 KB a block at program scale), and each block's fold into districts,
 * feeders or classes (a few KB) kept beside it: every chart of load by district, feeder or class, of
 * the city or of one district, is assembled from the same blocks. A week cold is 28 blocks of every
 * meter; warm, it is 28 small copies.
 */
import { type BudgetCache, columnBytes, type MemoryBudget } from '../common/memory-budget';
import type { Simulation } from '../simulation/simulation';
import { type GroupLoad, groupCells } from './load';
import { type CellLoad, cellLoad } from './load-kernel';
import type { LoadGroupBy } from './schemas';
import { energyWindow, INTERVAL_MS } from './window';

/** Intervals per block (six hours: a block of every meter stays well under the event loop's budget). */
export const BLOCK_INTERVALS = 24;
const BLOCK_MS = BLOCK_INTERVALS * INTERVAL_MS;

/** The columns of a group load, one per row of groups. */
const COLUMNS = ['kwh', 'importKwh', 'exportKwh', 'reporting'] as const;

export class EnergyBlocks {
  private readonly blocks: BudgetCache<CellLoad>;
  private readonly folds: BudgetCache<GroupLoad>;

  constructor(memory: MemoryBudget) {
    this.blocks = memory.cache<CellLoad>('energy-blocks', columnBytes);
    this.folds = memory.cache<GroupLoad>('energy-block-groups', columnBytes);
  }

  /** The block starting at `block × 6 h` (UTC) of a scenario, per cell. */
  block(sim: Simulation, key: string, block: number): CellLoad {
    return this.blocks.getOrCompute(`${key}|${block}`, () => cellLoad(energyWindow(sim, block * BLOCK_MS, (block + 1) * BLOCK_MS)));
  }

  /** `groups`, when every block of the window is already computed; undefined (nothing computed) otherwise. */
  groupsIfComputed(
    sim: Simulation,
    key: string,
    fromMs: number,
    toMs: number,
    groupBy: LoadGroupBy,
    district?: number,
  ): GroupLoad | undefined {
    const startMs = Math.ceil(fromMs / INTERVAL_MS) * INTERVAL_MS;
    for (let b = Math.floor(startMs / BLOCK_MS); b * BLOCK_MS < toMs; b++)
      if (this.blocks.get(`${key}|${b}`) === undefined) return undefined;
    return this.groups(sim, key, fromMs, toMs, groupBy, district);
  }

  /**
   * Load by district, feeder or class (of every meter, or of one district: its index) over
   * `[fromMs, toMs)`, the 15-minute intervals starting in it, from the blocks' folds.
   */
  groups(sim: Simulation, key: string, fromMs: number, toMs: number, groupBy: LoadGroupBy, district?: number): GroupLoad {
    const startMs = Math.ceil(fromMs / INTERVAL_MS) * INTERVAL_MS;
    const n = Math.max(0, Math.ceil((toMs - startMs) / INTERVAL_MS));
    const fold = (b: number) =>
      this.folds.getOrCompute(`${key}|${b}|${groupBy}|${district ?? ''}`, () =>
        groupCells(sim.meters, this.block(sim, key, b), groupBy, district),
      );
    const first = fold(Math.floor(startMs / BLOCK_MS));
    const groups = first.groupIds.length;
    const whole: GroupLoad = {
      ...first,
      startMs,
      n,
      kwh: new Float64Array(groups * n),
      importKwh: new Float64Array(groups * n),
      exportKwh: new Float64Array(groups * n),
      reporting: new Uint32Array(groups * n),
    };
    for (let b = Math.floor(startMs / BLOCK_MS); b * BLOCK_MS < startMs + n * INTERVAL_MS; b++) {
      const part = fold(b);
      const offset = Math.round((part.startMs - startMs) / INTERVAL_MS);
      const from = Math.max(0, -offset);
      const to = Math.min(part.n, n - offset);
      for (let g = 0; g < groups; g++) {
        for (const column of COLUMNS) whole[column].set(part[column].subarray(g * part.n + from, g * part.n + to), g * n + offset + from);
      }
    }
    return whole;
  }
}
