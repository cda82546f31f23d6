/** The Scenario panel's links to other pages: the Classes page learns the page it came from (where students start). */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { ScenarioPanel } from './scenario-panel';

setupMockServer();

describe('ScenarioPanel page links', () => {
  it('opens the Classes page with this view (clock, scenario) and the page it came from', () => {
    renderWithProviders(<ScenarioPanel city={undefined} />, { url: '/data?t=2026-07-15T16:00:00Z&evShare=0.4&station=x' });
    const link = screen.getByRole('link', { name: 'Open a class (student mode)', hidden: true });
    const url = new URL(link.getAttribute('href') ?? '', 'http://localhost');
    expect(url.pathname).toBe('/classes');
    expect(Object.fromEntries(url.searchParams)).toEqual({ t: '2026-07-15T16:00:00Z', evShare: '0.4', from: '/data' });
  });
});
