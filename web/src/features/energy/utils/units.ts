/** kW, kWh and MWh in the reader's language: the units are the point of the page, so one place says them. */
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';

export interface EnergyFormat {
  /** Demand (a rate): "1,234 kW", or "312.5 MW" from 10,000 kW up (a district or the city). */
  kw: (value: number, digits?: number) => string;
  /** Energy (an amount): "1,234 kWh", or "2,412 MWh" from 100,000 kWh up. */
  energy: (kwh: number) => string;
  /** Energy of one meter's 15-minute interval: "0.42 kWh". */
  kwh: (value: number) => string;
  number: (value: number, digits?: number) => string;
}

export function energyFormat(t: TFunction, language: Language): EnergyFormat {
  const number = (value: number, digits = 0) => formatNumber(value, language, { maximumFractionDigits: digits });
  return {
    number,
    kw: (value, digits = 0) =>
      Math.abs(value) >= 10_000
        ? t('energy.units.mw', { value: number(value / 1000, 1) })
        : t('energy.units.kw', { value: number(value, digits) }),
    energy: (kwh) =>
      Math.abs(kwh) >= 100_000 ? t('energy.units.mwh', { value: number(kwh / 1000) }) : t('energy.units.kwh', { value: number(kwh) }),
    kwh: (value) => t('energy.units.kwh', { value: formatNumber(value, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) }),
  };
}
