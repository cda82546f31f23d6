import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { parseMobilityView, withView } from './view-params';

const parse = (search: string) => parseMobilityView(new URLSearchParams(search), testCity);

describe('parseMobilityView', () => {
  it.each([
    ['', { corridorId: 'main-st', intersectionId: null, span: '6h', messageId: null }],
    ['corridor=freight-dr&span=24h', { corridorId: 'freight-dr', intersectionId: null, span: '24h', messageId: null }],
    ['corridor=broad-st&span=2h', { corridorId: 'main-st', intersectionId: null, span: '6h', messageId: null }],
    ['intersection=main-st-second', { corridorId: 'main-st', intersectionId: 'main-st-second', span: '6h', messageId: null }],
    ['corridor=freight-dr&intersection=main-st-second', { corridorId: 'freight-dr', intersectionId: null, span: '6h', messageId: null }],
    ['intersection=nowhere&bsm=0A1B2C3D', { corridorId: 'main-st', intersectionId: null, span: '6h', messageId: '0A1B2C3D' }],
    ['bsm=not-an-id', { corridorId: 'main-st', intersectionId: null, span: '6h', messageId: null }],
  ])('reads "%s"', (search, expected) => {
    expect(parse(search)).toEqual(expected);
  });

  it('keeps the corridor of the link while the city is still loading', () => {
    expect(parseMobilityView(new URLSearchParams('corridor=morse-rd'), undefined).corridorId).toBe('morse-rd');
  });
});

describe('withView', () => {
  it('sets and removes page parameters and keeps the rest of the URL', () => {
    const next = withView(new URLSearchParams('t=2026-07-15T16:00:00Z&intersection=a'), { corridor: 'morse-rd', intersection: null });
    expect(next.toString()).toBe('t=2026-07-15T16%3A00%3A00Z&corridor=morse-rd');
  });
});
