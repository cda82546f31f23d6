/**
 * One meter: a keyboard-friendly picker over the whole program (meter-picker.tsx; the choice in the
 * URL as `?meter=`), what is behind the meter, its interval reads with quality flags, and its
 * downloads (Green Button XML and CSV) for exactly the meter and window shown.
 */
import './meter-section.css';
import type { MeterClass } from '@sandbox/shared/city/schemas';
import type { Meter } from '@sandbox/shared/energy/schemas';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { useEmbedSubject } from '../../../ui/embed-subject';
import { Icon } from '../../../ui/icon';
import { Panel } from '../../../ui/panel';
import { ServerLink } from '../../../ui/server-link';
import { useElementWidth } from '../../../ui/use-element-width';
import { meterExportUrl } from '../api/energy-queries';
import { useMeterInfo, useMeterList, useMeterReadings } from '../hooks/use-energy-data';
import { type MeterRow, meterRows, qualitySeries } from '../utils/meter-rows';
import { derivedQuery } from '../utils/panel-query';
import { qualityAt, qualityCounts, qualityRuns } from '../utils/quality';
import { energyResolution, SPANS, type SpanKey } from '../utils/spans';
import type { EnergyFormat } from '../utils/units';
import { MeterChart } from './meter-chart';
import { MeterPicker } from './meter-picker';
import { AXES_PX, timeColumns } from './panel-common';

interface Props {
  district: string | null;
  meter: string | null;
  meterClass: MeterClass | null;
  onMeter: (meter: string | null) => void;
  onMeterClass: (meterClass: MeterClass | null) => void;
  span: SpanKey;
  timeZone: string;
  language: Language;
  format: EnergyFormat;
  /** The picker and downloads above the chart; an embed (a dashboard pinned to one meter) has none. */
  withPicker?: boolean;
}

/** What is behind a meter, in words: "rooftop PV 5.1 kW · EV charger 7.2 kW · electric heat". */
function useMeterTags(format: EnergyFormat) {
  const { t } = useTranslation();
  return (meter: Meter) =>
    [
      meter.hasPv ? t('energy.meter.tagPv', { kw: format.kw(meter.pvKw, 1) }) : null,
      meter.hasEv ? t('energy.meter.tagEv', { kw: format.kw(meter.evChargerKw, 1) }) : null,
      meter.hasElectricHeat ? t('energy.meter.tagHeat') : null,
    ].filter((tag): tag is string => tag !== null);
}

export function MeterSection({
  district,
  meter,
  meterClass,
  onMeter,
  onMeterClass,
  span,
  timeZone,
  language,
  format,
  withPicker = true,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { scenario } = useScenario();
  const tags = useMeterTags(format);
  // Without a choice in the URL, show the first meter with rooftop PV (it has both directions), or the first meter.
  const withPv = useMeterList({ district, meterClass, search: '', has: 'pv', page: 0 });
  const first = useMeterList({ district, meterClass, search: '', has: null, page: 0 });
  const fallback = withPv.isPending ? undefined : (withPv.data?.meters[0] ?? first.data?.meters[0]);
  const meterId = meter ?? fallback?.id ?? null;
  const info = useMeterInfo(meterId);
  // In an embed, the footer names the meter (its picker is not there to say which).
  useEmbedSubject(meterId ?? undefined);
  const label = (m: Meter) => [m.id, ...tags(m)].join(' · ');

  const [ref, width] = useElementWidth<HTMLDivElement>();
  const spanMs = SPANS[span];
  const resolution = energyResolution(spanMs, width - AXES_PX);
  const win = useChartWindow(spanMs);
  const readings = useMeterReadings(meterId, win, resolution);
  const shaped = useMemo(() => {
    if (!readings.data || !meterId) return undefined;
    const runs = qualityRuns(qualitySeries(readings.data, meterId));
    return { rows: meterRows(readings.data, meterId), runs, counts: qualityCounts(runs) };
  }, [readings.data, meterId]);
  const hasPv = info?.hasPv ?? shaped?.rows.some((r) => (r.exportKwh ?? 0) < 0) ?? false;
  const kwh = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

  return (
    <div ref={ref} className="energy__cell energy__cell--wide energy-meter">
      {withPicker ? (
        <section className="card meter-picker" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`} className="card__title">
            {t('energy.meter.pickerTitle')}
          </h2>
          <p className="card__subtitle">{t('energy.meter.pickerSubtitle')}</p>
          <MeterPicker
            district={district}
            meterClass={meterClass}
            onMeterClass={onMeterClass}
            meterId={meterId}
            info={info}
            onMeter={onMeter}
            label={label}
            format={format}
          />
          {info ? (
            <p className="meter-picker__facts">
              {[t(`energy.class.${info.meterClass}`), t('energy.meter.feeder', { feeder: info.feederId }), ...tags(info)].join(' · ')}
            </p>
          ) : null}
          {meterId ? (
            <div className="meter-picker__downloads">
              <ServerLink
                className="button button--small"
                href={meterExportUrl('greenButton', scenario, meterId, win)}
                download
                data-testid="green-button-link"
              >
                <Icon name="download" />
                {t('energy.meter.greenButton')}
              </ServerLink>
              <ServerLink className="button button--small button--quiet" href={meterExportUrl('meterCsv', scenario, meterId, win)} download>
                <Icon name="download" />
                {t('energy.meter.csvExport')}
              </ServerLink>
              <span className="meter-picker__note">{t('energy.meter.downloadNote', { span: t(`energy.span.${span}`) })}</span>
            </div>
          ) : null}
        </section>
      ) : null}
      <Panel
        title={meterId ? t('energy.meter.title', { meter: meterId }) : t('energy.meter.titleNone')}
        subtitle={
          resolution === '15m'
            ? t('energy.meter.subtitle', { span: t(`energy.span.${span}`) })
            : t('energy.meter.subtitleCoarse', { span: t(`energy.span.${span}`), resolution: t(`energy.resolution.${resolution}`) })
        }
        about={[t('energy.meter.about'), t('energy.quality.about'), t('energy.explain.exportSign')]}
        query={derivedQuery(readings, meterId ? shaped : null)}
        sampleOf={() => readings.data?.series ?? []}
        isEmpty={(data) => data === null || data.rows.length === 0}
        emptyText={meterId ? undefined : t('energy.meter.none')}
        table={(data) => ({
          caption: t('energy.meter.tableCaption', { meter: meterId ?? '' }),
          fileName: `energy-meter-${meterId ?? ''}-${win.from.slice(0, 16).replace(':', '')}.csv`,
          rows: data?.rows ?? [],
          columns: [
            ...timeColumns<MeterRow>(t, language, timeZone),
            { key: 'import', label: t('energy.table.importKwh'), value: (r: MeterRow) => kwh(r.importKwh) },
            { key: 'export', label: t('energy.table.exportKwh'), value: (r: MeterRow) => kwh(r.exportKwh === null ? null : -r.exportKwh) },
            { key: 'net', label: t('energy.table.netKwh'), value: (r: MeterRow) => kwh(r.netKwh) },
            ...(resolution === '15m'
              ? [
                  {
                    key: 'quality',
                    label: t('energy.table.quality'),
                    value: (r: MeterRow) => t(`energy.quality.${qualityAt(data?.runs ?? [], r.time)}`),
                  },
                ]
              : []),
          ],
        })}
      >
        {(data) =>
          data ? <MeterChart {...data} window={win} hasPv={hasPv} timeZone={timeZone} language={language} format={format} /> : null
        }
      </Panel>
    </div>
  );
}
