import type { Series } from '@sandbox/shared/common/query';
import { HOUR_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { renderWithProviders } from '../../test/render';
import { Panel } from '../panel';
import { sampleFacts, sampleNote } from './sample-note';

const DAY_OF_MINUTES = 1_440;
const series = (points: number, sample?: Series['sample']): Series => ({
  id: 'linden-park-bench',
  metric: 'pm25UgM3',
  unit: 'µg/m³',
  time: Array.from({ length: points }, (_, i) => i * MINUTE_MS),
  value: Array.from({ length: points }, (_, i) => (i === 3 ? null : i)),
  ...(sample ? { sample } : {}),
});
/** A day of 1-minute readings thinned by the server to 240 points: one per ~6 minutes. */
const thinned = series(240, { sourceStepMs: MINUTE_MS, sourcePoints: DAY_OF_MINUTES, thinned: true });
/** The same day as hourly means: nothing dropped, each point an hour of minutes. */
const hourly = series(24, { sourceStepMs: MINUTE_MS, sourcePoints: DAY_OF_MINUTES, thinned: false });
const full = series(DAY_OF_MINUTES);

describe('sampleNote', () => {
  const en = createI18n('en').t;
  const ko = createI18n('ko').t;

  it('says a thinned chart is a sample and how coarse, in EN and KO', () => {
    expect(sampleNote([thinned], en, 'en')).toBe('Sample: 1 point per ~6 min of data recorded every 1 min.');
    expect(sampleNote([thinned], ko, 'ko')).toBe('표본: 1분 간격으로 기록된 데이터에서 약 6분마다 1개 점입니다.');
  });

  it('says a bucketed chart stands for its buckets, and names the coarsest of several lines', () => {
    expect(sampleNote([full, hourly], en, 'en')).toBe('Buckets: each point stands for 1 hr of data recorded every 1 min.');
    expect(sampleFacts([thinned, hourly])).toEqual({ everyMs: HOUR_MS, sourceStepMs: MINUTE_MS, thinned: false });
  });

  it('says nothing when every line is its data', () => {
    expect(sampleNote([full], en, 'en')).toBeUndefined();
    expect(sampleNote([], en, 'en')).toBeUndefined();
  });
});

function panel(data: Series[], href?: string) {
  return renderWithProviders(
    <Panel<Series[], { time: number; value: number | null }>
      title="PM2.5"
      query={{ data, isPending: false, isError: false, error: null, refetch: () => undefined }}
      sampleOf={(d) => d}
      fullResolutionHref={href}
      table={(d) => ({
        caption: 'PM2.5 readings',
        fileName: 'pm25.csv',
        rows: (d[0] as Series).time.map((time, i) => ({ time, value: (d[0] as Series).value[i] ?? null })),
        columns: [
          { key: 'time', label: 'Time', value: (row) => String(row.time / MINUTE_MS) },
          { key: 'value', label: 'PM2.5', value: (row) => row.value },
        ],
      })}
    >
      {() => <div>chart</div>}
    </Panel>,
  );
}

describe('a panel whose chart is a sample', () => {
  it('says so under the chart and over its table, and links every reading of the window', () => {
    panel([thinned], '/api/export/air.csv?station=linden-park-bench');
    const note = 'Sample: 1 point per ~6 min of data recorded every 1 min. Every reading is in the full-resolution CSV.';
    expect(screen.getByTestId('sample-note').textContent).toBe(note);
    expect(screen.getByRole('link', { name: 'Full-resolution CSV' }).getAttribute('href')).toBe(
      '/api/export/air.csv?station=linden-park-bench',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show the data as a table' }));
    expect(screen.getByTestId('sample-note').textContent).toBe(note);
    expect(screen.getByRole('table')).toBeTruthy();
  });

  it('shows no note when the chart has every reading', () => {
    panel([full]);
    expect(screen.queryByTestId('sample-note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the data as a table' }));
    expect(screen.queryByTestId('sample-note')).toBeNull();
  });
});
