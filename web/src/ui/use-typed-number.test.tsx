import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useTypedNumber } from './use-typed-number';

/** A seed field that records every value it applies. */
function Seed({ applied }: { applied: number[] }) {
  const [seed, setSeed] = useState(4);
  const typed = useTypedNumber(seed, (n) => {
    applied.push(n);
    setSeed(n);
  });
  return (
    <>
      <label htmlFor="seed">Seed</label>
      <input id="seed" type="number" {...typed} />
      <output>{seed}</output>
      <button type="button">elsewhere</button>
    </>
  );
}

describe('useTypedNumber', () => {
  it('applies a typed number once typing pauses, not each keystroke on the way', async () => {
    const user = userEvent.setup();
    const applied: number[] = [];
    render(<Seed applied={applied} />);
    const field = screen.getByLabelText('Seed');
    await user.clear(field);
    await user.type(field, '1234');
    expect(applied).toEqual([]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1234'));
    expect(applied).toEqual([1234]);
  });

  it('applies at once on Enter and on leaving the field, and an empty field applies nothing', async () => {
    const user = userEvent.setup();
    const applied: number[] = [];
    render(<Seed applied={applied} />);
    const field = screen.getByLabelText('Seed') as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '7{Enter}');
    expect(applied).toEqual([7]);
    await user.clear(field);
    expect(field.value).toBe('');
    await user.type(field, '9');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(applied).toEqual([7, 9]);
    // Cleared and left: nothing is applied, and the field shows the value in force again.
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(applied).toEqual([7, 9]);
    expect(field.value).toBe('9');
  });
});
