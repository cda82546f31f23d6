/**
 * The map pair's data: the baseline's and one variant's snapshot (GET /api/snapshot) at the same
 * instant, the clock's minute. While the clock plays, the next pair is fetched every few seconds and
 * the pair on screen stays until both halves of the next one have arrived, so the two maps never show
 * two different times.
 */
import { MINUTE_MS } from '@sandbox/shared/common/time';
import type { StreamFrame } from '@sandbox/shared/live/schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { snapshotQuery } from '../../../api/queries';
import { useSimTime } from '../../../state/clock/clock-provider';
import type { PanelQuery } from '../../../ui/panel';

export interface PairFrames {
  atMs: number;
  /** Baseline, variant; null without a variant (nothing to compare). */
  frames: readonly [StreamFrame, StreamFrame] | null;
}

/** A playing clock asks for a new pair at most this often (wall time). */
const REFRESH_MS = 2000;

export function usePairFrames(baseline: Scenario, variant: Scenario | undefined): PanelQuery<PairFrames> {
  const atMs = useSimTime(MINUTE_MS, REFRESH_MS);
  const enabled = variant !== undefined;
  const left = useQuery({ ...snapshotQuery(baseline, atMs), enabled });
  const right = useQuery({ ...snapshotQuery(variant ?? baseline, atMs), enabled });
  const shown = useRef<PairFrames | undefined>(undefined);
  if (!enabled) shown.current = undefined;
  else if (left.data && right.data && !left.isPlaceholderData && !right.isPlaceholderData)
    // Kept only when both frames answer this instant and these scenarios (not the previous key's placeholders).
    shown.current = { atMs, frames: [left.data, right.data] };
  const failed = left.isError ? left : right.isError ? right : null;
  return {
    data: enabled ? shown.current : { atMs, frames: null },
    isPending: enabled && (left.isFetching || right.isFetching),
    isError: failed !== null,
    error: failed?.error ?? null,
    refetch: () => {
      if (left.isError) left.refetch();
      if (right.isError) right.refetch();
    },
  };
}
