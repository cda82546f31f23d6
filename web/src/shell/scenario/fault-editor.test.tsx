import type { Fault } from '@sandbox/shared/scenario/schemas';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { FaultEditor } from './fault-editor';

setupMockServer();

const URL = '/?city=testville&t=2026-07-15T16:00:00Z';

/** The editor on the test city with a fault kind chosen; `onAdd` records what it adds. */
async function openEditor(kind: Fault['kind']) {
  const user = userEvent.setup();
  const onAdd = vi.fn<(fault: Fault) => void>();
  renderWithProviders(<FaultEditor city={testCity} onAdd={onAdd} />, { url: URL });
  await user.selectOptions(screen.getByLabelText('Fault'), kind);
  return { user, onAdd };
}

describe('the fault editor’s pickers', () => {
  it('picks a feeder by typing its name', async () => {
    const { user, onAdd } = await openEditor('feeder-outage');
    const feeder = screen.getByRole('combobox', { name: 'Feeder' });
    expect((feeder as HTMLInputElement).value).toBe('North 1');
    await user.click(feeder);
    await user.keyboard('south 2{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add fault' }));
    expect(onAdd.mock.calls[0]?.[0]).toMatchObject({ kind: 'feeder-outage', feederId: 'south-f2' });
  });

  it('finds a meter in the inventory by typing part of its id (the server searches)', async () => {
    const { user, onAdd } = await openEditor('meter-missing');
    const meter = screen.getByRole('combobox', { name: 'Meter id' });
    await user.click(meter);
    await user.keyboard('south com');
    const list = screen.getByRole('listbox', { name: 'Meter id: choices' });
    await waitFor(() => expect(within(list).getAllByRole('option')[0]?.textContent).toMatch(/^south-com-\d{5}$/));
    expect(
      within(list)
        .getAllByRole('option')
        .every((o) => o.textContent?.startsWith('south-com-')),
    ).toBe(true);
    const first = within(list).getAllByRole('option')[0]?.textContent;
    await user.keyboard('{Enter}');
    expect((meter as HTMLInputElement).value).toBe(first);
    await user.click(screen.getByRole('button', { name: 'Add fault' }));
    expect(onAdd.mock.calls[0]?.[0]).toMatchObject({ kind: 'meter-missing', meterId: first });
  });
});
