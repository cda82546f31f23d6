/**
 * The Lab's data: the scorecard with one seed (quick: the table fills first), then with the band's
 * seeds (the server reuses the first answer's runs), over whole local days ending with the clock's
 * day. While a new comparison loads, the previous answer stays on screen; a band answer is used only
 * for the comparison on screen. The band is asked for only within the server's cost cap (the same
 * cost model, shared/src/lab/cost.ts): `maxSeeds` is the most seeds these scenarios and this window
 * may have. Asking for more (a longer window, another variant, a link) uses that many instead (`seeds`)
 * and the page says so, rather than dropping the band or sending a request bound to be refused; the
 * URL keeps the seeds asked for, so a shorter window gets them back.
 */
import { HOUR_MS } from '@sandbox/shared/common/time';
import { maxSeedsWithinCap } from '@sandbox/shared/lab/cost';
import type { LabScorecard } from '@sandbox/shared/lab/schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSimTime } from '../../../state/clock/clock-provider';
import { labScorecardQuery } from '../api/lab-queries';
import { labWindow } from '../utils/lab-window';

/** The same scenarios in the same slots: a band answer belongs to the scorecard on screen. */
const sameComparison = (a: LabScorecard, b: LabScorecard) =>
  a.from === b.from && a.to === b.to && JSON.stringify(a.scenarios.map((s) => s.query)) === JSON.stringify(b.scenarios.map((s) => s.query));

export function useLabData(baseline: Scenario, variants: readonly Scenario[], days: number, seeds: number, timeZone: string) {
  const nowMs = useSimTime(HOUR_MS, 1000);
  const dayKey = Math.floor(labWindow(nowMs, 1, timeZone).fromMs / HOUR_MS);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the window moves only when the local day changes (dayKey)
  const window = useMemo(() => labWindow(nowMs, days, timeZone), [dayKey, days, timeZone]);
  const maxSeeds = useMemo(
    () => maxSeedsWithinCap([baseline, ...variants], window.fromMs, window.toMs, timeZone),
    [baseline, variants, window, timeZone],
  );
  const scorecard = useQuery(labScorecardQuery(baseline, variants, window, 1));
  const used = Math.min(seeds, maxSeeds);
  const wantsBand = variants.length > 0 && used > 1;
  const band = useQuery({ ...labScorecardQuery(baseline, variants, window, used), enabled: wantsBand && scorecard.isSuccess });
  const bandData =
    wantsBand && band.data && !band.isPlaceholderData && scorecard.data && sameComparison(band.data, scorecard.data)
      ? band.data
      : undefined;
  return { window, maxSeeds, seeds: used, scorecard, band: { ...band, data: bandData, wanted: wantsBand } };
}
