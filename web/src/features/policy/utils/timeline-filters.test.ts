import { AGENCY_IDS } from '@sandbox/shared/policy/schemas';
import { describe, expect, it } from 'vitest';
import { hasFilters, matchesFilters, NO_FILTERS, readFilters, toggled, writeFilters } from './timeline-filters';

const event = { agencies: ['dot' as const], domains: ['mobility' as const, 'data' as const], programs: ['smart-columbus'] };

describe('timeline filters', () => {
  it('reads known values from the URL in a canonical order and drops the rest', () => {
    const filters = readFilters(new URLSearchParams('agency=epa,dot,xyz&domain=energy,,air&program=smart-grid-program'));
    expect(filters).toEqual({ agencies: ['dot', 'epa'], domains: ['energy'], program: 'smart-grid-program' });
    expect(readFilters(new URLSearchParams('program=<script>'))).toEqual(NO_FILTERS);
  });

  it('writes them back, keeping other parameters and removing empty groups', () => {
    const next = writeFilters(new URLSearchParams('lang=ko&agency=dot'), { agencies: [], domains: ['energy', 'data'], program: null });
    expect(next.toString()).toBe('lang=ko&domain=energy%2Cdata');
  });

  it.each([
    [NO_FILTERS, true],
    [{ ...NO_FILTERS, agencies: ['dot', 'epa'] as const }, true],
    [{ ...NO_FILTERS, agencies: ['epa'] as const }, false],
    [{ ...NO_FILTERS, agencies: ['dot'] as const, domains: ['energy'] as const }, false],
    [{ ...NO_FILTERS, domains: ['energy', 'data'] as const }, true],
    [{ ...NO_FILTERS, program: 'smart-columbus' }, true],
    [{ ...NO_FILTERS, program: 'citysdk' }, false],
  ])('matches any value within a group and every group: %o → %s', (filters, expected) => {
    expect(matchesFilters(event, { ...filters, agencies: [...filters.agencies], domains: [...filters.domains] })).toBe(expected);
  });

  it('toggles a value in the canonical order and tells whether any filter is on', () => {
    expect(toggled(['epa'], 'dot', AGENCY_IDS)).toEqual(['dot', 'epa']);
    expect(toggled(['dot', 'epa'], 'dot', AGENCY_IDS)).toEqual(['epa']);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, program: 'x' })).toBe(true);
  });
});
