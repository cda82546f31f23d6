/**
 * What the Energy panels are told, from the page's URL (use-energy-view.ts): the district (ignored
 * when the city does not have it or it has no meters: an old or edited link), its name for titles,
 * the window, the language and the number formats. The page and its embeds (embed.tsx) share it.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../i18n/i18n';
import { useReportIgnored } from '../../../state/url/ignored-params';
import { districtName, meteredDistricts } from '../utils/districts';
import { energyFormat } from '../utils/units';
import { useEnergyView } from './use-energy-view';

export function useEnergyPanels(city: City | undefined) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const url = useEnergyView();
  const format = useMemo(() => energyFormat(t, language), [t, language]);
  const metered = useMemo(() => (city ? meteredDistricts(city) : []), [city]);
  const wanted = url.view.district;
  const district = wanted && metered.some((d) => d.id === wanted) ? wanted : null;
  // A well-formed district the city does not meter is dropped here (a malformed one in the view hook).
  useReportIgnored(city && wanted && !district ? ['district'] : []);
  const place = city && district ? districtName(city, district, language) : t('energy.wholeCity');
  const timeZone = city?.timezone ?? 'America/New_York';
  const common = { district, place, timeZone, language, format };
  const { view, setMeter, setMeterClass } = url;
  /** The one meter's section: its picker's filters and choice, and the window. */
  const meter = {
    ...common,
    meter: view.meter,
    meterClass: view.meterClass,
    onMeter: setMeter,
    onMeterClass: setMeterClass,
    span: view.span,
  };
  return { ...url, metered, common, meter };
}
