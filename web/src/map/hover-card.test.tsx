import type { VehicleColumns } from '@sandbox/shared/live/schemas';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../i18n/catalogs';
import { createI18n } from '../i18n/i18n';
import { cardPosition, HoverCard, hoverTargetFrom, vehicleHoverTarget } from './hover-card';
import type { HoverTarget } from './map-view-props';

describe('cardPosition', () => {
  const map = { width: 800, height: 500 };
  const card = { width: 180, height: 70 };

  it('puts the card below and right of the pointer where it fits', () => {
    const pointer = { x: 200, y: 150 };
    const { left, top } = cardPosition(pointer, card, map);
    expect(left).toBeGreaterThan(pointer.x);
    expect(top).toBeGreaterThan(pointer.y);
  });

  it('flips to the left of the pointer near the right edge, and above it near the bottom', () => {
    const pointer = { x: map.width - 40, y: map.height - 20 };
    const { left, top } = cardPosition(pointer, card, map);
    expect(left + card.width).toBeLessThan(pointer.x);
    expect(top + card.height).toBeLessThan(pointer.y);
  });

  it('flips each axis on its own', () => {
    const nearRight = cardPosition({ x: map.width - 40, y: 100 }, card, map);
    expect(nearRight.top).toBeGreaterThan(100);
    const nearBottom = cardPosition({ x: 100, y: map.height - 20 }, card, map);
    expect(nearBottom.left).toBeGreaterThan(100);
  });

  it('keeps the whole card inside the map wherever the pointer is', () => {
    for (let x = 0; x <= map.width; x += 50) {
      for (let y = 0; y <= map.height; y += 50) {
        const { left, top } = cardPosition({ x, y }, card, map);
        expect(left, `x ${x}`).toBeGreaterThanOrEqual(0);
        expect(top, `y ${y}`).toBeGreaterThanOrEqual(0);
        expect(left + card.width, `x ${x}`).toBeLessThanOrEqual(map.width);
        expect(top + card.height, `y ${y}`).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it('keeps the card off the top-left edge on a map too small for it either side', () => {
    const { left, top } = cardPosition({ x: 60, y: 40 }, card, { width: 200, height: 90 });
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
  });
});

describe('hover targets', () => {
  it('reads a safety event as its kind and time, for the card to word', () => {
    const target = hoverTargetFrom({
      point: { x: 5, y: 6 },
      features: [{ layer: { id: 'dyn-event' }, properties: { kind: 'hard-braking', time: '2026-07-15T16:00:05Z' } }],
    });
    expect(target?.event).toEqual({ kind: 'hard-braking', time: '2026-07-15T16:00:05Z' });
  });

  it('leaves out an event of a kind the app does not know', () => {
    const target = hoverTargetFrom({
      point: { x: 5, y: 6 },
      features: [{ layer: { id: 'dyn-event' }, properties: { kind: 'meteor', time: '2026-07-15T16:00:05Z' } }],
    });
    expect(target).not.toHaveProperty('event');
  });

  it('gives a vehicle its kind and its speed in km/h', () => {
    const columns: VehicleColumns = {
      id: ['v1'],
      kind: ['truck'],
      lng: [-83],
      lat: [40],
      speedMps: [10],
      headingDeg: [90],
      connected: [true],
    };
    const target = vehicleHoverTarget({ x: 1, y: 2 }, { columns, index: 0 });
    expect(target?.vehicle).toEqual({ kind: 'truck', speedKmh: Math.round(10 * 3.6) });
  });
});

describe('HoverCard in Korean', () => {
  const renderKo = (target: HoverTarget) =>
    render(
      <I18nextProvider i18n={createI18n('ko')}>
        <HoverCard target={target} timeZone="America/New_York" />
      </I18nextProvider>,
    );

  it('words a vehicle kind in Korean', () => {
    renderKo({ x: 10, y: 10, layer: 'dyn-vehicle', name: 'v1', vehicle: { kind: 'truck', speedKmh: 36 } });
    expect(screen.getByRole('status').textContent).toContain(catalogs.ko.map.vehicleKind.truck);
  });

  it('names a safety event by its Korean kind', () => {
    renderKo({ x: 10, y: 10, layer: 'dyn-event', name: 'hard-braking', event: { kind: 'hard-braking', time: '2026-07-15T16:00:05Z' } });
    const text = screen.getByRole('status').textContent ?? '';
    expect(text).toContain(catalogs.ko.mobility.eventKind['hard-braking']);
    expect(text).not.toContain('hard-braking');
  });
});
