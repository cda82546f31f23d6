/**
 * Signal phase and timing along the chosen corridor at the clock's second, as a roadside unit
 * broadcasts it in SPaT: for each intersection the main-street and cross-street movement, its colour
 * and the seconds until it changes. One intersection can be selected (URL) for its J2735 fields.
 */

import type { Corridor } from '@sandbox/shared/city/schemas';
import type { SignalState } from '@sandbox/shared/mobility/schemas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { localName, useUiLanguage } from '../../../i18n/use-ui-language';
import { SIGNAL_COLOURS } from '../../../map/data-layers';
import { HeadedTable } from '../../../ui/headed-table';
import { Panel } from '../../../ui/panel';
import { useCorridorSignals } from '../hooks/use-mobility-queries';
import { crossStreetName } from '../utils/names';

type Movement = SignalState['states'][number];

function Head({ movement }: { movement: Movement | undefined }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (!movement) return <span className="signal-head">{t('mobility.kpi.none')}</span>;
  return (
    <span className="signal-head">
      <span className="signal-head__lamp" style={{ background: SIGNAL_COLOURS[movement.color] }} aria-hidden="true" />
      <span>{t(`mobility.signal.color.${movement.color}`)}</span>
      <span className="signal-head__time">
        {t('mobility.units.secondsValue', { value: formatNumber(Math.ceil(movement.minEndS), language) })}
      </span>
    </span>
  );
}

function SpatDetail({ state, name }: { state: SignalState; name: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const s = (value: number) => t('mobility.units.secondsValue', { value: formatNumber(value, language, { maximumFractionDigits: 1 }) });
  return (
    <div className="spat" data-testid="spat-detail">
      <h3 className="spat__title">{t('mobility.signals.detailTitle', { name })}</h3>
      <HeadedTable
        className="spat__table"
        columns={[t('mobility.signals.signalGroup'), t('mobility.signals.eventState'), t('mobility.signals.minEndTime')]}
      >
        {state.states.map((movement) => (
          <tr key={movement.signalGroup}>
            <td>{t(`mobility.signals.group.${movement.movement}`, { group: movement.signalGroup })}</td>
            <td>
              <code>{movement.eventState}</code>
            </td>
            <td>{s(movement.minEndS)}</td>
          </tr>
        ))}
      </HeadedTable>
      <p className="panel__note">{t('mobility.signals.cycle', { cycle: s(state.cycleS), second: s(state.secondInCycle) })}</p>
    </div>
  );
}

interface Props {
  corridor: Corridor;
  intersectionId: string | null;
  onSelect: (intersectionId: string | null) => void;
}

export function SignalsPanel({ corridor, intersectionId, onSelect }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const query = useCorridorSignals(corridor.id);
  const names = new Map(corridor.intersections.map((i) => [i.id, crossStreetName(i, corridor, language)]));
  const fullNames = new Map(corridor.intersections.map((i) => [i.id, localName(i, language)]));
  const movement = (state: SignalState, which: Movement['movement']) => state.states.find((m) => m.movement === which);
  return (
    <Panel
      title={t('mobility.signals.title')}
      subtitle={t('mobility.signals.subtitle', { corridor: localName(corridor, language), count: corridor.intersections.length })}
      about={[t('mobility.signals.about')]}
      query={query}
      isEmpty={(data) => data.signals.length === 0}
      table={(data) => ({
        columns: [
          {
            key: 'intersection',
            label: t('mobility.signals.intersection'),
            value: (s: SignalState) => fullNames.get(s.intersectionId) ?? s.intersectionId,
          },
          { key: 'main', label: t('mobility.signals.mainColour'), value: (s: SignalState) => movement(s, 'main')?.eventState },
          { key: 'mainEnd', label: t('mobility.signals.mainEnd'), value: (s: SignalState) => movement(s, 'main')?.minEndS },
          { key: 'cross', label: t('mobility.signals.crossColour'), value: (s: SignalState) => movement(s, 'cross')?.eventState },
          { key: 'crossEnd', label: t('mobility.signals.crossEnd'), value: (s: SignalState) => movement(s, 'cross')?.minEndS },
          { key: 'cycle', label: t('mobility.signals.cycleS'), value: (s: SignalState) => s.cycleS },
        ],
        rows: data.signals,
        fileName: `${corridor.id}-spat-${data.at.replaceAll(':', '')}.csv`,
        caption: t('mobility.signals.title'),
      })}
    >
      {(data) => {
        const selected = data.signals.find((s) => s.intersectionId === intersectionId);
        return (
          <>
            <HeadedTable
              className="signal-table"
              columns={[
                t('mobility.signals.crossStreet'),
                t('mobility.signals.main', { corridor: localName(corridor, language) }),
                t('mobility.signals.cross'),
              ]}
            >
              {data.signals.map((state) => (
                <tr
                  key={state.intersectionId}
                  className={state.intersectionId === intersectionId ? 'signal-table__row--selected' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={state.intersectionId === intersectionId}
                      onClick={() => onSelect(state.intersectionId === intersectionId ? null : state.intersectionId)}
                    >
                      {names.get(state.intersectionId) ?? state.intersectionId}
                    </button>
                  </th>
                  <td>
                    <Head movement={movement(state, 'main')} />
                  </td>
                  <td>
                    <Head movement={movement(state, 'cross')} />
                  </td>
                </tr>
              ))}
            </HeadedTable>
            {selected ? (
              <SpatDetail state={selected} name={fullNames.get(selected.intersectionId) ?? selected.intersectionId} />
            ) : (
              <p className="panel__note">{t('mobility.signals.pick')}</p>
            )}
          </>
        );
      }}
    </Panel>
  );
}
