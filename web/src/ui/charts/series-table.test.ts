import { MINUTE_MS } from '@sandbox/shared/common/time';
import { describe, expect, it } from 'vitest';
import { toCsv, visibleColumns } from '../csv';
import { seriesTable } from './series-table';

describe('seriesTable', () => {
  it('gives one row per time and one rounded column per line, ready for CSV', () => {
    const table = seriesTable(
      [
        {
          key: 'nb',
          label: 'Northbound',
          color: '#000',
          series: { id: 'a', metric: 'm', unit: 'u', time: [0, MINUTE_MS], value: [1.234, null] },
        },
        { key: 'sb', label: 'Southbound', color: '#000', series: { id: 'b', metric: 'm', unit: 'u', time: [MINUTE_MS], value: [2.5] } },
      ],
      {
        timeLabel: 'Time',
        formatTime: (ms) => `t${ms / MINUTE_MS}`,
        columnLabel: (line) => `${line.label} (km/h)`,
        decimals: 1,
        fileName: 'x.csv',
        caption: 'x',
      },
    );
    expect(toCsv(table.columns, table.rows)).toBe(
      'Time,UTC,Northbound (km/h),Southbound (km/h)\r\nt0,1970-01-01T00:00:00.000Z,1.2,\r\nt1,1970-01-01T00:01:00.000Z,,2.5\r\n',
    );
    // The UTC column is for spreadsheets: the table on screen shows the local time only.
    expect(visibleColumns(table.columns).map((c) => c.key)).toEqual(['time', 'nb', 'sb']);
  });
});
