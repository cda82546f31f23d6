/** Adds one named, domain-shaped fault (a stuck sensor, a meter gap, GPS jitter…) to the scenario. */
import type { City } from '@sandbox/shared/city/schemas';
import { AirMetricSchema, type Fault, FaultSchema } from '@sandbox/shared/scenario/schemas';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeterSearch } from '../../api/meter-search';
import { localName, useUiLanguage } from '../../i18n/use-ui-language';
import { useClock } from '../../state/clock/clock-provider';
import { Combobox } from '../../ui/combobox';
import { WindowInputs } from './window-inputs';
import { defaultWindow } from './windows';

type Kind = Fault['kind'];
const KINDS: readonly Kind[] = FaultSchema.options.map((option) => option.shape.kind.value);
const STATION_KINDS = new Set<Kind>(['stuck', 'drift', 'dropout', 'spike', 'clock-skew']);
const METRIC_KINDS = new Set<Kind>(['stuck', 'drift', 'dropout', 'spike']);

export function FaultEditor({ city, onAdd }: { city: City; onAdd: (fault: Fault) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { now } = useClock();
  const id = useId();
  const [kind, setKind] = useState<Kind>('stuck');
  const [stationId, setStationId] = useState(city.stations[0]?.id ?? '');
  const [metric, setMetric] = useState<string>('pm25');
  const [meterId, setMeterId] = useState('');
  const meterSearch = useMeterSearch(kind === 'meter-estimated' || kind === 'meter-missing');
  const feeders = city.districts.flatMap((d) => d.feeders);
  const [feederId, setFeederId] = useState(feeders[0]?.id ?? '');
  const [window, setWindow] = useState(() => defaultWindow('fault', now()));
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const candidate = {
      kind,
      ...window,
      ...(STATION_KINDS.has(kind) ? { stationId } : {}),
      ...(METRIC_KINDS.has(kind) && !(kind === 'dropout' && metric === '') ? { metric } : {}),
      ...(kind === 'meter-estimated' || kind === 'meter-missing' ? { meterId } : {}),
      ...(kind === 'feeder-outage' ? { feederId } : {}),
    };
    const parsed = FaultSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(t('scenario.faultInvalid', { detail: parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ') }));
      return;
    }
    setError(null);
    onAdd(parsed.data);
  };

  return (
    <fieldset className="fault-editor">
      <legend>{t('scenario.addFault')}</legend>
      <label htmlFor={`${id}-kind`}>{t('scenario.faultKind')}</label>
      <select className="input" id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`faults.${k}`)}
          </option>
        ))}
      </select>
      <p className="lever-hint">{t(`faultHints.${kind}`)}</p>
      {STATION_KINDS.has(kind) ? (
        <>
          <label htmlFor={`${id}-station`}>{t('scenario.station')}</label>
          <select className="input" id={`${id}-station`} value={stationId} onChange={(e) => setStationId(e.target.value)}>
            {city.stations.map((s) => (
              <option key={s.id} value={s.id}>
                {localName(s, language)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {METRIC_KINDS.has(kind) ? (
        <>
          <label htmlFor={`${id}-metric`}>{t('scenario.metric')}</label>
          <select className="input" id={`${id}-metric`} value={metric} onChange={(e) => setMetric(e.target.value)}>
            {kind === 'dropout' ? <option value="">{t('scenario.wholeStation')}</option> : null}
            {AirMetricSchema.options.map((m) => (
              <option key={m} value={m}>
                {t(`metrics.${m}`)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {kind === 'meter-estimated' || kind === 'meter-missing' ? (
        // 110,000 meters in Columbus: searched on the server as one types.
        <Combobox label={t('scenario.meter')} value={meterId} valueLabel={meterId} onChange={setMeterId} {...meterSearch} />
      ) : null}
      {kind === 'feeder-outage' ? (
        // Seventy feeders in Columbus: a list to search, not to scroll.
        <Combobox
          label={t('scenario.feeder')}
          value={feederId}
          valueLabel={feeders.find((f) => f.id === feederId)?.name ?? feederId}
          options={feeders.map((f) => ({ value: f.id, label: f.name }))}
          onChange={setFeederId}
        />
      ) : null}
      <WindowInputs window={window} timeZone={city.timezone} onChange={setWindow} />
      {error ? (
        <p className="notice" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="button button--small" onClick={add}>
        {t('scenario.add')}
      </button>
    </fieldset>
  );
}
