/**
 * Student mode (issue 15): a view opened with `sealed=<token>` shows no levers, faults, stories,
 * city picker or presenter notes, says whose view it is, and every request it makes sends the
 * token alone, never the faults or levers even when someone adds them to the address.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiCard } from '../features/data/components/api-card';
import { server, setupMockServer } from '../test/msw';
import { renderWithProviders } from '../test/render';
import { Layout } from './layout';

setupMockServer();

const TOKEN = 'Abc123_-Abc123_-Abc123';
const FAULTS = encodeURIComponent(
  JSON.stringify([{ kind: 'dropout', stationId: 'north-park', from: '2026-07-15T14:07:13Z', to: '2026-07-15T17:41:29Z' }]),
);
const STUDENT_URL = `/?t=2026-07-15T16:00:00Z&city=testville&sealed=${TOKEN}&class=ABC234&student=Mina&faults=${FAULTS}&evShare=0.5`;

const requests: string[] = [];
const record = ({ request }: { request: Request }) => {
  requests.push(decodeURIComponent(request.url));
};
afterEach(() => {
  server.events.removeAllListeners();
  requests.length = 0;
});

describe('student mode', () => {
  it('hides the Scenario panel, the stories, the city picker and presenter mode, and says whose view it is', async () => {
    server.events.on('request:start', record);
    renderWithProviders(<Layout />, { url: STUDENT_URL });
    expect(await screen.findByText('Student view')).toBeTruthy();
    expect(screen.getByText('Mina · class ABC234')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Scenario/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Present' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Story' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'City' })).toBeNull();
    expect(document.querySelector('dialog[aria-labelledby="scenario-title"]')).toBeNull();
    // The snapshot the paused clock reads goes out with the token alone.
    await waitFor(() => expect(requests.some((url) => url.includes('/api/snapshot'))).toBe(true));
    const simulating = requests.filter((url) => url.includes('/api/snapshot'));
    for (const url of simulating) {
      expect(url).toContain(`sealed=${TOKEN}`);
      for (const secret of ['dropout', 'faults', 'evShare', 'city=']) expect(url).not.toContain(secret);
    }
  });

  it('cuts a long name short in the header, the whole of it in the tooltip', async () => {
    const name = 'Maximiliana Alexandrovna Konstantinopoulou'.slice(0, 40);
    renderWithProviders(<Layout />, { url: STUDENT_URL.replace('student=Mina', `student=${encodeURIComponent(name)}`) });
    const who = await screen.findByText(`${name} · class ABC234`);
    expect(who.className).toBe('student-badge__who');
    expect(who.getAttribute('title')).toBe(`${name} · class ABC234`);
  });

  it('shows all of them in a view that is not sealed (the teacher’s)', async () => {
    renderWithProviders(<Layout />, { url: '/?t=2026-07-15T16:00:00Z&city=testville&evShare=0.5' });
    expect(await screen.findByRole('button', { name: /^Scenario/ })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Story' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'City' })).toBeTruthy();
    expect(screen.queryByText('Student view')).toBeNull();
  });

  it('puts the sealed URL, not the faults, in the Data page’s example request', () => {
    renderWithProviders(<ApiCard />, { url: STUDENT_URL });
    const example = screen.getByText(/^curl /).textContent ?? '';
    expect(example).toContain(`/api/air/aqi?sealed=${TOKEN}'`);
    for (const secret of ['dropout', 'faults', 'evShare']) expect(example).not.toContain(secret);
  });
});
