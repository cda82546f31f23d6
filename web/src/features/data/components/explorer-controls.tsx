/**
 * The explorer's four choices: the stream, what in it (a station, a meter, a grouping of the load or
 * a road segment), the measurement and the window. Short lists are selects; a list longer than
 * LONG_LIST (the road segments) and the meters (110,000, searched on the server) are a searchable
 * combobox whose input names the series drawn, so the URL's meter is the one shown. Changing the
 * stream resets the others (useExplorerState).
 */
import type { City } from '@sandbox/shared/city/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeterSearch } from '../../../api/meter-search';
import type { Language } from '../../../i18n/i18n';
import { localName } from '../../../i18n/use-ui-language';
import { Combobox } from '../../../ui/combobox';
import { type ExplorerState, LOAD_GROUPS, SPANS, type SpanName, STREAMS, type StreamName } from '../hooks/use-explorer-state';

interface Choice {
  value: string;
  label: string;
}

interface Props {
  city: City;
  state: ExplorerState;
  update: (patch: Partial<ExplorerState>) => void;
  segments: readonly { id: string }[];
  /** The entity drawn: the URL's, or the stream's default (its first meter or segment). */
  shown: string | undefined;
}

/** A list longer than this is searched, not scrolled. */
export const LONG_LIST = 30;

const byId = (items: readonly { id: string }[]): Choice[] => items.map(({ id }) => ({ value: id, label: id }));

export function ExplorerControls({ city, state, update, segments, shown }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const id = useId();
  const meterSearch = useMeterSearch(state.stream === 'meter');
  const entities: Record<StreamName, Choice[]> = {
    air: [{ value: '', label: t('data.allStations') }, ...city.stations.map((s) => ({ value: s.id, label: localName(s, language) }))],
    meter: meterSearch.options,
    // '' is the default grouping, by district.
    load: LOAD_GROUPS.map((g) => ({ value: g === 'district' ? '' : g, label: t(`data.groupBy.${g}`) })),
    segments: byId(segments),
  };
  const fields: readonly { key: keyof ExplorerState; label: string; choices: readonly Choice[] }[] = [
    {
      key: 'stream',
      label: t('data.stream'),
      choices: (Object.keys(STREAMS) as StreamName[]).map((s) => ({ value: s, label: t(`data.streams.${s}`) })),
    },
    { key: 'entity', label: t(`data.entity.${state.stream}`), choices: entities[state.stream] },
    {
      key: 'metric',
      label: t('data.metric'),
      choices: STREAMS[state.stream].metrics.map((m) => ({ value: m, label: t(`data.metrics.${m}`) })),
    },
    {
      key: 'span',
      label: t('data.span'),
      choices: (Object.keys(SPANS) as SpanName[]).map((s) => ({ value: s, label: t(`data.spans.${s}`) })),
    },
  ];
  return (
    <fieldset className="explorer__controls">
      <legend className="visually-hidden">{t('data.choose')}</legend>
      {fields.map(({ key, label, choices }) =>
        key === 'entity' && (state.stream === 'meter' || choices.length > LONG_LIST) ? (
          <div key={key} className="explorer__field">
            <Combobox
              label={label}
              value={shown ?? ''}
              valueLabel={choices.find((choice) => choice.value === shown)?.label ?? shown ?? ''}
              onChange={(entity) => update({ entity })}
              {...(state.stream === 'meter' ? meterSearch : { options: choices })}
            />
          </div>
        ) : (
          <div key={key} className="explorer__field">
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <select
              className="input"
              id={`${id}-${key}`}
              value={state[key]}
              // Every choice is one of the field's valid values.
              onChange={(e) => update({ [key]: e.target.value } as Partial<ExplorerState>)}
            >
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        ),
      )}
    </fieldset>
  );
}
