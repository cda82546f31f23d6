/**
 * Load per cell (feeder × class) in blocks of six UTC hours, computed once per scenario and kept
 * under the memory budget (~140 KB a block at program scale): every chart of load by district,
 * feeder or class, of the city or of one district, is folded from the same blocks. A week cold is 28
 * blocks of every meter; warm, it is a copy and a fold.
 */
import { type BudgetCache, columnBytes, type MemoryBudget } from '../common/memory-budget';
import type { Simulation } from '../simulation/simulation';
import { allocCellLoad, type CellLoad, cellLoad, copyCells } from './load-kernel';
import { energyWindow, INTERVAL_MS } from './window';

/** Intervals per block (six hours: a block of every meter stays well under the event loop's budget). */
export const BLOCK_INTERVALS = 24;
const BLOCK_MS = BLOCK_INTERVALS * INTERVAL_MS;

export class EnergyBlocks {
  private readonly blocks: BudgetCache<CellLoad>;

  constructor(memory: MemoryBudget) {
    this.blocks = memory.cache<CellLoad>('energy-blocks', columnBytes);
  }

  /** The block starting at `block × 6 h` (UTC) of a scenario. */
  block(sim: Simulation, key: string, block: number): CellLoad {
    return this.blocks.getOrCompute(`${key}|${block}`, () => cellLoad(energyWindow(sim, block * BLOCK_MS, (block + 1) * BLOCK_MS)));
  }

  /** Load per cell over `[fromMs, toMs)` (the 15-minute intervals starting in it), from cached blocks. */
  cells(sim: Simulation, key: string, fromMs: number, toMs: number): CellLoad {
    const startMs = Math.ceil(fromMs / INTERVAL_MS) * INTERVAL_MS;
    const n = Math.max(0, Math.ceil((toMs - startMs) / INTERVAL_MS));
    const whole = allocCellLoad(sim.meters.feederIds.length * 3, startMs, n);
    if (n === 0) return whole;
    for (let b = Math.floor(startMs / BLOCK_MS); b * BLOCK_MS < startMs + n * INTERVAL_MS; b++) copyCells(this.block(sim, key, b), whole);
    return whole;
  }
}
