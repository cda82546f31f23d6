/**
 * The Energy page's own view state, kept in the URL so a copied link restores it: the selected
 * district (`district`), the meter (`meter`), the meter picker's class filter (`meterClass`) and the
 * window (`span`). Values that do not validate are ignored, never fatal.
 */

import type { MeterClass } from '@sandbox/shared/schemas/city';
import { MeterClassSchema } from '@sandbox/shared/schemas/city';
import { SlugSchema } from '@sandbox/shared/schemas/common';
import { MeterIdSchema } from '@sandbox/shared/schemas/energy';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
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

function set(next: URLSearchParams, name: keyof EnergyView, value: string | null) {
  if (value === null) next.delete(name);
  else next.set(name, value);
}

export function useEnergyView() {
  const [params, setParams] = useSearchParams();
  const key = ['district', 'meter', 'meterClass', 'span'].map((k) => params.get(k) ?? '').join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the page's part of the URL
  const view = useMemo(() => energyViewFromSearch(params), [key]);

  // React Router renders a navigation as a transition, so a second change can arrive before the
  // first is rendered, with `current` still the old URL (two quick selects would lose the first).
  // Until the URL we wrote is rendered, build on it rather than on `current`.
  const written = useRef<URLSearchParams | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a new URL is rendered
  useEffect(() => {
    written.current = null;
  }, [params]);
  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(written.current ?? current);
          change(next);
          written.current = next;
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  /** Selects a district (null: the whole city). A meter elsewhere is let go: the picker follows the district. */
  const setDistrict = useCallback(
    (district: string | null) =>
      update((next) => {
        set(next, 'district', district);
        const meterDistrict = parseMeterId(next.get('meter') ?? '')?.districtId;
        if (district !== null && meterDistrict && meterDistrict !== district) next.delete('meter');
      }),
    [update],
  );
  const setMeter = useCallback((meter: string | null) => update((next) => set(next, 'meter', meter)), [update]);
  /** Filters the meter picker by class; a meter of another class is let go. */
  const setMeterClass = useCallback(
    (meterClass: MeterClass | null) =>
      update((next) => {
        set(next, 'meterClass', meterClass);
        const meterOwnClass = parseMeterId(next.get('meter') ?? '')?.meterClass;
        if (meterClass !== null && meterOwnClass && meterOwnClass !== meterClass) next.delete('meter');
      }),
    [update],
  );
  const setSpan = useCallback((span: SpanKey) => update((next) => set(next, 'span', span)), [update]);

  return { view, setDistrict, setMeter, setMeterClass, setSpan };
}
