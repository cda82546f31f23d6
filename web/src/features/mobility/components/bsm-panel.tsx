/**
 * Basic Safety Messages as the roadside units hear them: one broadcast round from the connected
 * vehicles on the chosen corridor at the clock's instant (a sample), each row with the raw J2735
 * integers beside their decoded values, and one message opened field by field so students learn
 * the encoding (speed in 0.02 m/s, heading in 0.0125°, position in 1/10 microdegree).
 */

import type { BsmSample } from '@sandbox/shared/mobility/api-schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { useUiLanguage } from '../../../i18n/use-ui-language';
import { HeadedTable } from '../../../ui/headed-table';
import { Panel, type PanelQuery } from '../../../ui/panel';
import { ServerLink } from '../../../ui/server-link';
import { bsmFeedUrl } from '../api/mobility-queries';
import { bsmFields, compassPoint, type Decoded, flatBsmRow } from '../utils/bsm-fields';

type BsmRecord = BsmSample['records'][number];
type Row = Record<string, string | number>;

const LIST_COLUMNS = ['id', 'secMark', 'speed', 'heading', 'brakes'] as const;

/** A decoded value in words and numbers of the UI language. */
export function useDecoded() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (decoded: Decoded): string => {
    switch (decoded.kind) {
      case 'number': {
        const value = formatNumber(decoded.value, language, {
          maximumFractionDigits: decoded.digits,
          minimumFractionDigits: decoded.digits,
        });
        const text = t(`mobility.bsm.decodedUnit.${decoded.unit}`, { value });
        return decoded.kmh === undefined
          ? text
          : `${text} (${t('mobility.units.kmhValue', { value: formatNumber(decoded.kmh, language, { maximumFractionDigits: 1 }) })})`;
      }
      case 'text':
        return decoded.value;
      case 'flag':
        return t(`mobility.bsm.flag.${decoded.value}`);
      case 'unavailable':
        return t('mobility.bsm.unavailable');
    }
  };
}

function MessageFields({ record }: { record: BsmRecord }) {
  const { t } = useTranslation();
  const decode = useDecoded();
  return (
    <div className="bsm-detail" data-testid="bsm-detail">
      <h3 className="mobility__subhead">{t('mobility.bsm.detailTitle', { id: record.bsm.coreData.id })}</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="bsm-detail__scroll" tabIndex={0} aria-label={t('mobility.bsm.detailTitle', { id: record.bsm.coreData.id })}>
        <HeadedTable
          className="data-table bsm-detail__table"
          columns={[t('mobility.bsm.field'), t('mobility.bsm.raw'), t('mobility.bsm.decoded')]}
        >
          {bsmFields(record.bsm).map((field) => (
            <tr key={field.key}>
              <th scope="row">
                <code>
                  {field.path
                    .replace(/^coreData\./, '')
                    .split(/(?=\.)/)
                    .map((part, i) => (
                      // A line may break before each dot of a long path, never inside a name.
                      <span key={part}>
                        {i > 0 ? <wbr /> : null}
                        {part}
                      </span>
                    ))}
                </code>
              </th>
              <td>
                <code>{field.raw}</code> <span className="bsm-detail__unit">{t(`mobility.bsm.rawUnit.${field.rawUnit}`)}</span>
              </td>
              <td>{decode(field.decoded)}</td>
            </tr>
          ))}
        </HeadedTable>
      </section>
    </div>
  );
}

interface Props {
  corridorId: string;
  corridorName: string;
  query: PanelQuery<BsmSample>;
  scenario: Scenario;
  messageId: string | null;
  onSelect: (temporaryId: string) => void;
}

export function BsmPanel({ corridorId, corridorName, query, scenario, messageId, onSelect }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const n = (value: number, digits = 0) => formatNumber(value, language, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return (
    <Panel
      title={t('mobility.bsm.title')}
      subtitle={
        query.data
          ? t('mobility.bsm.subtitle', {
              corridor: corridorName,
              shown: n(query.data.records.length),
              total: n(query.data.total),
              rate: n(query.data.rateHz, 1),
            })
          : corridorName
      }
      about={[t('mobility.bsm.about'), t('mobility.bsm.aboutUnits')]}
      query={query}
      isEmpty={(data) => data.records.length === 0}
      emptyText={t('mobility.bsm.empty')}
      table={(data) => {
        const rows = data.records.map(flatBsmRow);
        const keys = Object.keys(rows[0] ?? {});
        return {
          columns: keys.map((key) => ({ key, label: key, value: (row: Row) => row[key] })),
          rows,
          fileName: `bsm-${corridorId}-${data.at.replaceAll(':', '')}.csv`,
          caption: t('mobility.bsm.title'),
        };
      }}
    >
      {(data) => {
        const selected = data.records.find((r) => r.bsm.coreData.id === messageId) ?? data.records[0];
        return (
          <>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (WCAG 2.1.1) */}
            <section className="bsm-list" tabIndex={0} aria-label={t('mobility.bsm.listLabel')}>
              <HeadedTable className="data-table bsm-table" columns={LIST_COLUMNS.map((column) => t(`mobility.bsm.columns.${column}`))}>
                {data.records.map((record, index) => {
                  const c = record.bsm.coreData;
                  const isSelected = record === selected;
                  const headingDeg = c.heading * 0.0125;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a duplicated message repeats its TemporaryID
                    <tr key={`${c.id}-${index}`} className={isSelected ? 'bsm-table__row--selected' : undefined}>
                      <th scope="row">
                        <button type="button" className="link-button" aria-pressed={isSelected} onClick={() => onSelect(c.id)}>
                          <code>{c.id}</code>
                        </button>
                      </th>
                      <td>
                        <code>{c.secMark}</code>
                      </td>
                      <td>
                        <code>{c.speed}</code>{' '}
                        <span className="bsm-table__decoded">{t('mobility.units.kmhValue', { value: n(c.speed * 0.02 * 3.6) })}</span>
                      </td>
                      <td>
                        <code>{c.heading}</code>{' '}
                        <span className="bsm-table__decoded">
                          {t('mobility.bsm.headingValue', {
                            value: n(headingDeg),
                            point: t(`mobility.compass.${compassPoint(headingDeg)}`),
                          })}
                        </span>
                      </td>
                      <td>
                        {c.brakes.wheelBrakes.slice(1).includes('1') ? t('mobility.bsm.flag.brakesOn') : t('mobility.bsm.flag.brakesOff')}
                      </td>
                    </tr>
                  );
                })}
              </HeadedTable>
            </section>
            <p className="panel__note">
              {t('mobility.bsm.fullFeedNote')}{' '}
              <ServerLink href={bsmFeedUrl(scenario, corridorId, data.at)} download>
                {t('mobility.bsm.fullFeed')}
              </ServerLink>
            </p>
            {selected ? <MessageFields record={selected} /> : null}
          </>
        );
      }}
    </Panel>
  );
}
