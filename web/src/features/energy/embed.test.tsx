import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { QUALITY_PATTERNS } from './components/chart-style';
import { EnergyEmbed } from './embed';

setupMockServer();

describe('Energy embeds', () => {
  it('define the hatches their bands fill with: the meter chart\'s "Missing" box is cross-hatched as in its key, not an empty outline', async () => {
    const { container } = renderWithProviders(<EnergyEmbed name="meter" />, { url: '/embed/meter?city=testville&t=2026-07-15T16:00:00Z' });
    await waitFor(() => expect(container.querySelector(`pattern#${QUALITY_PATTERNS.missing}`)).not.toBeNull());
    expect(container.querySelector(`pattern#${QUALITY_PATTERNS.estimated}`)).not.toBeNull();
  });
});
