/**
 * A request's window resolved against its cap (caps.ts): the optional `from`/`to` with the route's
 * default span, refused with 400 when `to` is not after `from` and 413 naming the cap when it is too
 * long. Charts say "ask for less, or use the exports"; exports say "split it into several downloads".
 */
import { type ResolvedWindow, resolveWindow, WindowError } from '../common/query';
import { DAY_MS } from '../common/time';
import type { WindowCap } from './caps';

type WindowQuery = { from?: string | undefined; to?: string | undefined };

const plural = (n: number, unit: string) => `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
/** `station-minutes` → `station`: what the entities of a budget are. */
const entityOf = (unit: string) => unit.split('-')[0] as string;

/** The window of a chart route; a budget cap is shared by the `entities` asked. */
export function chartWindow(cap: WindowCap, query: WindowQuery, nowMs: number, entities = 1): ResolvedWindow {
  if (cap.budget) {
    const { max, unit, stepMs } = cap.budget;
    const steps = Math.floor(max / entities);
    const days = (steps / (DAY_MS / stepMs)).toFixed(1);
    const label = `${max.toLocaleString('en-US')} ${unit} (${days} days for ${entities} ${entityOf(unit)}(s))`;
    return resolveWindow(query, nowMs, cap.defaultSpanMs, steps * stepMs, label);
  }
  const maxDays = cap.maxDays ?? 1;
  return resolveWindow(query, nowMs, cap.defaultSpanMs, maxDays * DAY_MS, `${maxDays} days`);
}

/** Refuses `dayCount` whole days for `entities` over a budget of entity-days (windows given as local dates). */
export function checkDayBudget(cap: WindowCap, dayCount: number, entities: number): void {
  if (!(dayCount > 0)) throw new WindowError('to', '`to` must be after `from`.', 400);
  const { max, unit } = cap.budget ?? { max: cap.maxDays ?? 1, unit: 'days' };
  const capDays = Math.floor(max / entities);
  if (dayCount <= capDays) return;
  throw new WindowError(
    'window',
    `The window is longer than the cap of ${max.toLocaleString('en-US')} ${unit} (${capDays} days for ${entities} ${entityOf(unit)}(s)) for this request; ask for less.`,
    413,
  );
}

/** The window of an export named `name` (in the message), e.g. `air-hourly`. */
export function exportWindow(cap: WindowCap, name: string, query: WindowQuery, nowMs: number): ResolvedWindow {
  const window = resolveWindow(query, nowMs, cap.defaultSpanMs, Number.POSITIVE_INFINITY, '');
  const maxDays = cap.maxDays ?? 1;
  if (window.toMs - window.fromMs > maxDays * DAY_MS) {
    throw new WindowError(
      'window',
      `The window is longer than the cap of ${plural(maxDays, 'day')} for ${name} exports; split it into several downloads.`,
      413,
    );
  }
  return window;
}

/** Refuses an export with 413 when `entities × steps` is over its row cap, naming the cap and the count. */
export function checkRowCap(cap: WindowCap, name: string, entities: number, entityUnit: string, steps: number, stepUnit: string): void {
  if (!cap.rows || entities * steps <= cap.rows.max) return;
  throw new WindowError(
    'window',
    `This export would have ${(entities * steps).toLocaleString('en-US')} rows (${plural(entities, entityUnit)} × ${plural(steps, stepUnit)}), over the cap of ${cap.rows.max.toLocaleString('en-US')} ${cap.rows.unit} for ${name} exports; choose fewer ${entityUnit}s or a shorter window.`,
    413,
  );
}
