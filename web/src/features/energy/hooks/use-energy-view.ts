/**
 * The Energy page's own view state, kept in the URL so a copied link restores it: the selected
 * district (`district`), the meter (`meter`), the meter picker's class filter (`meterClass`) and the
 * window (`span`). Values that do not validate are ignored, never fatal.
 */

import type { MeterClass } from '@sandbox/shared/schemas/city';
import { MeterClassSchema } from '@sandbox/shared/schemas/city';
import { SlugSchema } from '@sandbox/shared/schemas/common';
import { MeterIdSchema } from '@sandbox/shared/schemas/energy';
import { useCallback, useMemo } from 'react';
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

export function useEnergyView() {
  const [params, setParams] = useSearchParams();
  const key = ['district', 'meter', 'meterClass', 'span'].map((k) => params.get(k) ?? '').join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the page's part of the URL
  const view = useMemo(() => energyViewFromSearch(params), [key]);

  const update = useCallback(
    (changes: Partial<Record<keyof EnergyView, string | null>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value === null || value === undefined) next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  /** Selects a district (null: the whole city). A meter elsewhere is let go: the picker follows the district. */
  const setDistrict = useCallback(
    (district: string | null) => {
      const meterDistrict = view.meter ? parseMeterId(view.meter)?.districtId : undefined;
      update({ district, ...(district !== null && meterDistrict && meterDistrict !== district ? { meter: null } : {}) });
    },
    [update, view.meter],
  );
  const setMeter = useCallback((meter: string | null) => update({ meter }), [update]);
  const setMeterClass = useCallback(
    (meterClass: MeterClass | null) => {
      const meterOwnClass = view.meter ? parseMeterId(view.meter)?.meterClass : undefined;
      update({ meterClass, ...(meterClass !== null && meterOwnClass && meterOwnClass !== meterClass ? { meter: null } : {}) });
    },
    [update, view.meter],
  );
  const setSpan = useCallback((span: SpanKey) => update({ span }), [update]);

  return { view, setDistrict, setMeter, setMeterClass, setSpan };
}
