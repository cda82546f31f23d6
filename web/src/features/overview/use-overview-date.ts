/**
 * The Overview's chosen day lives in the URL (`?date=YYYY-MM-DD`), so a copied link reopens the
 * same day. A malformed date in a link is ignored (today is shown) and reported, never a crash.
 */
import { IsoDateSchema } from '@sandbox/shared/schemas/common';
import { localDate } from '@sandbox/shared/sim/hourly-weather';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export function shiftDate(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function useOverviewDate(timeZone: string) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('date');
  const today = useMemo(() => localDate(timeZone, Date.now()), [timeZone]);
  const valid = raw !== null && IsoDateSchema.safeParse(raw).success;
  const date = valid ? raw : today;

  const setDate = useCallback(
    (next: string) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === today) updated.delete('date');
          else updated.set('date', next);
          return updated;
        },
        { replace: true },
      );
    },
    [setParams, today],
  );

  return { date, today, setDate, invalidDate: raw !== null && !valid ? raw : null };
}
