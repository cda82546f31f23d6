import { describe, expect, it } from 'vitest';
import { toCsv } from '../components/csv';
import { seriesTable } from './series-table';

describe('seriesTable', () => {
  it('gives one row per time and one rounded column per line, ready for CSV', () => {
    const table = seriesTable(
      [
        {
          key: 'nb',
          label: 'Northbound',
          color: '#000',
          series: { id: 'a', metric: 'm', unit: 'u', time: [0, 60_000], value: [1.234, null] },
        },
        { key: 'sb', label: 'Southbound', color: '#000', series: { id: 'b', metric: 'm', unit: 'u', time: [60_000], value: [2.5] } },
      ],
      {
        timeLabel: 'Time',
        formatTime: (ms) => `t${ms / 60_000}`,
        columnLabel: (line) => `${line.label} (km/h)`,
        decimals: 1,
        fileName: 'x.csv',
        caption: 'x',
      },
    );
    expect(toCsv(table.columns, table.rows)).toBe('Time,Northbound (km/h),Southbound (km/h)\r\nt0,1.2,\r\nt1,,2.5\r\n');
  });
});
