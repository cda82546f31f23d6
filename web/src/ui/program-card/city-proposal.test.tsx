import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { useCityProposal } from './city-proposal';

// The mock server serves the repository's policy files: Pittsburgh's and Austin's proposals are there.
setupMockServer();

function Probe({ city }: { city: string }) {
  const proposal = useCityProposal(city);
  return <output data-testid="proposal">{proposal ?? 'none'}</output>;
}

describe('useCityProposal', () => {
  it.each([
    ['pittsburgh', 'pittsburgh-smart-spine'],
    ['austin', 'austin-smart-city-vision'],
    ['columbus', 'smart-columbus'],
  ])("finds %s's program card: %s", async (city, program) => {
    renderWithProviders(<Probe city={city} />);
    expect(await screen.findByText(program)).toBeTruthy();
  });

  it('has none for a city that was no finalist (once the policy has arrived)', async () => {
    renderWithProviders(
      <>
        <Probe city="testville" />
        <Probe city="pittsburgh" />
      </>,
    );
    expect(await screen.findByText('pittsburgh-smart-spine')).toBeTruthy();
    expect(screen.getAllByTestId('proposal')[0]?.textContent).toBe('none');
  });
});
