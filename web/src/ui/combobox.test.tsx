import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { Combobox, type ComboOption, SHOWN_OPTIONS } from './combobox';

/** 120 segments: longer than a select should be, shorter than a search on the server. */
const SEGMENTS: ComboOption[] = Array.from({ length: 120 }, (_, i) => {
  const id = `${i < 60 ? 'high-st' : 'morse-rd'}-nb-${String(i % 60).padStart(2, '0')}`;
  return { value: id, label: id };
});

function Picker({ initial = 'high-st-nb-00', options = SEGMENTS }: { initial?: string; options?: ComboOption[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <Combobox label="Segment" value={value} valueLabel={value} options={options} onChange={setValue} />
      <output data-testid="picked">{value}</output>
    </>
  );
}

const input = () => screen.getByRole('combobox', { name: 'Segment' });
const listed = () => within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option', { hidden: true });

describe('Combobox', () => {
  it('names the chosen item and is closed until asked', () => {
    renderWithProviders(<Picker />);
    expect((input() as HTMLInputElement).value).toBe('high-st-nb-00');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().getAttribute('aria-controls')).toBe(screen.getByRole('listbox', { hidden: true }).id);
  });

  it('filters as one types, shows the first 50 of a long list, and says when nothing matches (EN)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Picker />);
    await user.click(input());
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(listed()).toHaveLength(SHOWN_OPTIONS);
    expect(screen.getByText('The first 50 of 120 matches: type more to narrow')).toBeTruthy();
    await user.keyboard('morse-rd-nb-1');
    expect(listed().map((o) => o.textContent)).toEqual(Array.from({ length: 10 }, (_, i) => `morse-rd-nb-1${i}`));
    expect(screen.getByText('10 matches')).toBeTruthy();
    await user.keyboard('x');
    expect(listed()).toHaveLength(0);
    expect(screen.getByText('No match for “morse-rd-nb-1x”')).toBeTruthy();
  });

  it('moves with the arrow keys, picks with Enter and tells the screen reader which option is active', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Picker />);
    await user.click(input());
    await user.keyboard('morse');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{ArrowDown}{ArrowDown}');
    const active = input().getAttribute('aria-activedescendant');
    expect(document.getElementById(active ?? '')?.textContent).toBe('morse-rd-nb-03');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('picked').textContent).toBe('morse-rd-nb-03');
    expect((input() as HTMLInputElement).value).toBe('morse-rd-nb-03');
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape and keeps the chosen item', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Picker />);
    await user.click(input());
    await user.keyboard('morse{ArrowDown}{Escape}');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect((input() as HTMLInputElement).value).toBe('high-st-nb-00');
    expect(screen.getByTestId('picked').textContent).toBe('high-st-nb-00');
  });

  it('picks with the mouse, and speaks Korean', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Picker />, { language: 'ko' });
    await user.click(input());
    await user.keyboard('zzz');
    expect(screen.getByText('“zzz”와 일치하는 항목이 없습니다')).toBeTruthy();
    await user.clear(input());
    await user.keyboard('high-st-nb-4');
    await user.click(screen.getByRole('option', { name: 'high-st-nb-42' }));
    expect(screen.getByTestId('picked').textContent).toBe('high-st-nb-42');
  });
});
