import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveCities, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { StoryPicker } from './story-picker';

setupMockServer();

describe('StoryPicker', () => {
  it('groups the stories under their city and opens one: scenario written, clock paused at its moment', async () => {
    // The mock server's city (Testville) has no stories; Columbus, listed here, does.
    serveCities({ id: 'columbus', name: 'Columbus', region: 'Ohio', timezone: 'America/New_York', center: [-83, 40] });
    const { router } = renderWithProviders(<StoryPicker />, { url: '/?t=2026-03-01T12:00:00Z&play=1&lang=ko&evShare=0.5' });
    const select = screen.getByRole('combobox', { name: 'Story' });
    // Levers set by hand match no story.
    expect((select as HTMLSelectElement).value).toBe('custom');
    await waitFor(() => expect(within(select).getByRole('group', { name: 'Columbus, Ohio' })).toBeTruthy());
    await userEvent.selectOptions(select, 'columbus/wildfireSmoke');
    await waitFor(() => {
      const search = new URLSearchParams(router.state.location.search);
      expect(search.get('smoke')).toBe('2026-07-15T12:00:00Z/2026-07-17T12:00:00Z');
      expect(search.get('evShare')).toBeNull();
      expect(search.get('t')).toBe('2026-07-15T11:00:00Z');
      expect(search.get('play')).toBeNull();
      expect(search.get('lang')).toBe('ko');
    });
    await waitFor(() => expect((select as HTMLSelectElement).value).toBe('columbus/wildfireSmoke'));
  });
});
