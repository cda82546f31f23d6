/**
 * The Energy page's own view state, kept in the URL so a copied link restores it: the selected
 * district (`district`), the meter (`meter`), the meter picker's class filter (`meterClass`) and the
 * window (`span`). Values that do not validate are ignored, never fatal.
 */

import type { MeterClass } from '@sandbox/shared/city/schemas';
import { MeterClassSchema } from '@sandbox/shared/city/schemas';
import { SlugSchema } from '@sandbox/shared/common/schemas';
import { MeterIdSchema } from '@sandbox/shared/energy/schemas';
import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import { ignoredOf, useReportIgnored } from '../../../state/url/ignored-params';
import { useUrlParams } from '../../../state/url/use-url-params';
import { parseMeterId } from '../utils/meters';
import { parseSpan, type SpanKey } from '../utils/spans';

export interface EnergyView {
  district: string | null;
  meter: string | null;
  meterClass: MeterClass | null;
  span: SpanKey;
}

function valid<S extends z.ZodType>(schema: S, value: string | null): z.output<S> | null {
  if (value === null) return null;
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

export function energyViewFromSearch(params: URLSearchParams): EnergyView {
  return {
    district: valid(SlugSchema, params.get('district')),
    meter: valid(MeterIdSchema, params.get('meter')),
    meterClass: valid(MeterClassSchema, params.get('meterClass')),
    span: parseSpan(params.get('span')),
  };
}

const PAGE_PARAMS: readonly (keyof EnergyView)[] = ['district', 'meter', 'meterClass', 'span'];

function set(next: URLSearchParams, name: keyof EnergyView, value: string | null) {
  if (value === null) next.delete(name);
  else next.set(name, value);
}

export function useEnergyView() {
  // Writes go through the shared hook, so two quick changes (a district, then a class) both land.
  const [params, update] = useUrlParams();
  const key = PAGE_PARAMS.map((k) => params.get(k) ?? '').join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the page's part of the URL
  const view = useMemo(() => energyViewFromSearch(params), [key]);
  useReportIgnored(ignoredOf(params, { ...view }));

  /**
   * Sets a filter of the meter picker (the district, or the class) and lets go of a chosen meter
   * that the new filter would exclude: the picker then shows the filter's first meter.
   */
  const setFilter = useCallback(
    (name: 'district' | 'meterClass', value: string | null) =>
      update((next) => {
        set(next, name, value);
        const meter = parseMeterId(next.get('meter') ?? '');
        const own = name === 'district' ? meter?.districtId : meter?.meterClass;
        if (value !== null && own && own !== value) next.delete('meter');
      }),
    [update],
  );
  /** Selects a district (null: the whole city). */
  const setDistrict = useCallback((district: string | null) => setFilter('district', district), [setFilter]);
  const setMeterClass = useCallback((meterClass: MeterClass | null) => setFilter('meterClass', meterClass), [setFilter]);
  const setMeter = useCallback((meter: string | null) => update((next) => set(next, 'meter', meter)), [update]);
  const setSpan = useCallback((span: SpanKey) => update((next) => set(next, 'span', span)), [update]);

  return { view, setDistrict, setMeter, setMeterClass, setSpan };
}
