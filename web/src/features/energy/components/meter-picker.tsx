/**
 * The meter picker over the whole program (110,000 meters in Columbus): the server filters by
 * district, class and equipment, searches the ids and pages the result; the select holds one page.
 * The chosen meter stays in the list whatever the filters, and the count says where the page lies.
 */
import './meter-section.css';
import type { MeterClass } from '@sandbox/shared/city/schemas';
import { type MeterEquipment, MeterEquipmentSchema } from '@sandbox/shared/energy/api-schemas';
import type { Meter } from '@sandbox/shared/energy/schemas';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METER_PAGE } from '../api/energy-queries';
import { useMeterList } from '../hooks/use-energy-data';
import { METER_CLASSES } from '../utils/load';
import type { EnergyFormat } from '../utils/units';
import { Field } from './field';

interface Props {
  district: string | null;
  meterClass: MeterClass | null;
  onMeterClass: (meterClass: MeterClass | null) => void;
  /** The meter shown (from the URL, or the default the section chose). */
  meterId: string | null;
  /** Its inventory record, once loaded. */
  info: Meter | undefined;
  onMeter: (meter: string | null) => void;
  label: (meter: Meter) => string;
  format: EnergyFormat;
}

/** Waits until typing pauses before asking the server again. */
function useSettled(value: string, delayMs = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function MeterPicker({ district, meterClass, onMeterClass, meterId, info, onMeter, label, format }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [has, setHas] = useState<MeterEquipment | null>(null);
  // Letters, digits and dashes are all an id has: anything else cannot match (and the API refuses it).
  const search = useSettled(
    typed
      .trim()
      .replace(/[^a-zA-Z0-9-]/g, '')
      .slice(0, 40),
  );
  // The page belongs to the filters it was turned under: new filters start from the first page.
  const filters = JSON.stringify([district, meterClass, search, has]);
  const [paging, setPaging] = useState({ filters, page: 0 });
  const page = paging.filters === filters ? paging.page : 0;
  const setPage = (next: number) => setPaging({ filters, page: next });
  const list = useMeterList({ district, meterClass, search, has, page });
  const meters = list.data?.meters ?? [];
  const total = list.data?.total ?? 0;
  // The chosen meter stays in the list even when the filters or the page would hide it.
  const options = info && !meters.some((m) => m.id === info.id) ? [info, ...meters] : meters;
  const pages = Math.max(1, Math.ceil(total / METER_PAGE));
  const first = page * METER_PAGE + 1;
  const last = Math.min(total, (page + 1) * METER_PAGE);

  return (
    <>
      <div className="meter-picker__controls">
        <Field label={t('energy.meter.classFilter')}>
          {(id) => (
            <select id={id} value={meterClass ?? ''} onChange={(e) => onMeterClass((e.target.value || null) as MeterClass | null)}>
              <option value="">{t('energy.meter.allClasses')}</option>
              {METER_CLASSES.map((cls) => (
                <option key={cls} value={cls}>
                  {t(`energy.class.${cls}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('energy.meter.hasFilter')}>
          {(id) => (
            <select id={id} value={has ?? ''} onChange={(e) => setHas((e.target.value || null) as MeterEquipment | null)}>
              <option value="">{t('energy.meter.hasAny')}</option>
              {MeterEquipmentSchema.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`energy.meter.has.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('energy.meter.search')}>
          {(id) => (
            <input
              id={id}
              type="search"
              value={typed}
              placeholder={t('energy.meter.searchPlaceholder')}
              onChange={(e) => setTyped(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('energy.meter.meter')} grow>
          {(id) => (
            <select
              id={id}
              value={meterId ?? ''}
              onChange={(e) => onMeter(e.target.value || null)}
              // While the page for new filters loads, the previous one is shown but cannot be picked from.
              disabled={options.length === 0 || list.isPlaceholderData}
              data-testid="meter-select"
            >
              {options.length === 0 ? <option value="">{list.isPending ? t('panel.loading') : t('energy.meter.none')}</option> : null}
              {options.map((m) => (
                <option key={m.id} value={m.id}>
                  {label(m)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="meter-picker__pages">
        <p className="meter-picker__count" aria-live="polite">
          {list.data
            ? total === 0
              ? t('energy.meter.none')
              : t('energy.meter.range', { first: format.number(first), last: format.number(last), total: format.number(total) })
            : null}
        </p>
        {pages > 1 ? (
          <span className="meter-picker__paging">
            <button type="button" className="button button--small button--quiet" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('energy.meter.previous')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={page >= pages - 1}
              onClick={() => setPage(page + 1)}
            >
              {t('energy.meter.next')}
            </button>
          </span>
        ) : null}
      </div>
    </>
  );
}
