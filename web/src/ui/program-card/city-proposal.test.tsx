import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { programCity, useCityProposal } from './city-proposal';

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

const PROGRAMS = [
  { id: 'smart-city-challenge', parent: undefined },
  { id: 'smart-columbus', parent: 'smart-city-challenge' },
  { id: 'connected-vehicle-environment', parent: 'smart-columbus' },
  { id: 'pittsburgh-smart-spine', parent: 'smart-city-challenge' },
  { id: 'portland-ubiquitous-mobility', parent: 'smart-city-challenge' },
  { id: 'smart-grid-program', parent: undefined },
];
const BY_ID = new Map(PROGRAMS.map((p) => [p.id, p]));
const CITIES = ['austin', 'columbus', 'pittsburgh'];
const cityOf = (id: string) => programCity(BY_ID.get(id) as (typeof PROGRAMS)[number], BY_ID, CITIES);

describe('programCity', () => {
  it('places the winner and everything under it in Columbus', () => {
    expect(cityOf('smart-columbus')).toBe('columbus');
    expect(cityOf('connected-vehicle-environment')).toBe('columbus');
  });

  it("places a finalist's proposal in its city when that city is simulated, and nowhere otherwise", () => {
    expect(cityOf('pittsburgh-smart-spine')).toBe('pittsburgh');
    expect(cityOf('portland-ubiquitous-mobility')).toBeUndefined();
  });

  it('gives a national program and the Challenge itself no city', () => {
    expect(cityOf('smart-grid-program')).toBeUndefined();
    expect(cityOf('smart-city-challenge')).toBeUndefined();
  });

  it('ends on a parent cycle instead of looping', () => {
    const loop = new Map([
      ['a', { id: 'a', parent: 'b' }],
      ['b', { id: 'b', parent: 'a' }],
    ]);
    expect(programCity({ id: 'a', parent: 'b' }, loop, CITIES)).toBeUndefined();
  });
});
