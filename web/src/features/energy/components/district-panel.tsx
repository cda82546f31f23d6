/** "Districts now" panel: live demand per district as bars, each a toggle that selects the district. */
import type { City } from '@sandbox/shared/city/schemas';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { Panel } from '../../../ui/panel';
import { useEnergyNow } from '../hooks/use-energy-data';
import { type DistrictLoad, districtLoads } from '../utils/districts';
import type { EnergyFormat } from '../utils/units';
import { DistrictLoadList } from './district-load-list';

interface Props {
  city: City;
  selected: string | null;
  onSelect: (district: string | null) => void;
  language: Language;
  format: EnergyFormat;
}

export function DistrictPanel({ city, selected, onSelect, language, format }: Props) {
  const { t } = useTranslation();
  const { now, status, error } = useEnergyNow(null);
  const rows = useMemo(() => (now ? districtLoads(city, now.districts, language) : undefined), [now, city, language]);
  const round = (v: number) => Math.round(v * 10) / 10;
  return (
    <div className="energy__cell">
      <Panel
        title={t('energy.districts.title')}
        subtitle={t('energy.districts.subtitle')}
        about={[t('energy.districts.about'), t('energy.explain.kwKwh')]}
        query={{ data: rows, isPending: rows === undefined, isError: status === 'error', error, refetch: () => undefined }}
        isEmpty={(data) => data.length === 0}
        table={(data) => ({
          caption: t('energy.districts.title'),
          fileName: `energy-districts-now-${now ? new Date(now.intervalStart).toISOString().slice(0, 16).replace(':', '') : ''}.csv`,
          rows: data,
          columns: [
            { key: 'district', label: t('energy.table.district'), value: (r: DistrictLoad) => r.name },
            { key: 'demand', label: t('energy.table.demandKw'), value: (r: DistrictLoad) => round(r.demandKw) },
            { key: 'import', label: t('energy.table.totalImportKw'), value: (r: DistrictLoad) => round(r.importKw) },
            { key: 'export', label: t('energy.table.totalExportKw'), value: (r: DistrictLoad) => round(r.exportKw) },
            { key: 'meters', label: t('energy.table.meters'), value: (r: DistrictLoad) => r.meters },
            { key: 'perMeter', label: t('energy.table.perMeterKw'), value: (r: DistrictLoad) => round(r.perMeterKw) },
          ],
        })}
      >
        {(data) => <DistrictLoadList rows={data} selected={selected} onSelect={onSelect} format={format} />}
      </Panel>
    </div>
  );
}
