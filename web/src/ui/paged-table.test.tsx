import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { PAGE_ROWS, PagedTable } from './paged-table';

interface Row {
  minute: number;
  pm25: number | null;
}
/** 250 minutes; the bench is out from minute 120 to 129 and at minute 3. */
const rows: Row[] = Array.from({ length: 250 }, (_, minute) => ({
  minute,
  pm25: minute === 3 || (minute >= 120 && minute < 130) ? null : 10 + (minute % 5),
}));
const columns = [
  { key: 'minute', label: 'Minute', value: (row: Row) => String(row.minute) },
  { key: 'pm25', label: 'PM2.5', value: (row: Row) => row.pm25 },
];
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('PagedTable', () => {
  it('shows 100 rows a page, and the page buttons reach every row', () => {
    renderWithProviders(<PagedTable caption="PM2.5" columns={columns} rows={rows} />);
    expect(PAGE_ROWS).toBe(100);
    expect(bodyRows()).toHaveLength(100);
    expect(screen.getByText('Rows 1–100 of 250')).toBeTruthy();
    const previous = screen.getByRole('button', { name: 'Previous 100 rows' }) as HTMLButtonElement;
    const next = screen.getByRole('button', { name: 'Next 100 rows' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    fireEvent.click(next);
    fireEvent.click(next);
    expect(screen.getByText('Rows 201–250 of 250')).toBeTruthy();
    expect(bodyRows()).toHaveLength(50);
    expect(bodyRows()[0]?.textContent).toMatch(/^200/);
    expect(next.disabled).toBe(true);
    fireEvent.click(previous);
    expect(screen.getByText('Rows 101–200 of 250')).toBeTruthy();
  });

  it('writes "no data" in every missing cell: a gap is never skipped', () => {
    renderWithProviders(<PagedTable caption="PM2.5" columns={columns} rows={rows} />);
    const cells = () => bodyRows().map((row) => [...row.children].map((cell) => cell.textContent));
    expect(cells()[3]).toEqual(['3', 'no data']);
    fireEvent.click(screen.getByRole('button', { name: 'Next 100 rows' }));
    const page = cells();
    // Minutes 120–129 are there, one row each, every one saying "no data".
    expect(page.slice(20, 30)).toEqual(Array.from({ length: 10 }, (_, i) => [String(120 + i), 'no data']));
    expect(page[30]).toEqual(['130', '10']);
  });

  it('has no page controls for a short table, and says "no data" in Korean too', () => {
    renderWithProviders(<PagedTable caption="PM2.5" columns={columns} rows={rows.slice(0, 5)} />, { language: 'ko' });
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getAllByText('데이터 없음')).toHaveLength(1);
  });
});
