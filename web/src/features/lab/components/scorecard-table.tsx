/**
 * The scorecard: one row per figure (grouped by air, energy, mobility), the baseline's value and each
 * variant's value with its change (absolute and %), and once the seeds have run, the change's range
 * over them with the verdict. A figure's name selects it for "how this is computed / why it changed".
 */
import type { LabKpiId } from '@sandbox/shared/lab/kpis';
import type { LabScorecard } from '@sandbox/shared/lab/schemas';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { downloadCsv, type TableColumn, toCsv } from '../../../ui/csv';
import { HeadedTable } from '../../../ui/headed-table';
import { Icon } from '../../../ui/icon';
import { Panel, type PanelQuery } from '../../../ui/panel';
import { useScrollEdges } from '../../../ui/use-scroll-edges';
import {
  formatDiff,
  formatFigure,
  formatPercent,
  percentTooLarge,
  type ScorecardRow,
  scorecardRows,
  unitText,
  type VariantCell,
} from '../utils/figures';

const GROUPS = ['air', 'energy', 'mobility'] as const;
/** Where the band will be, while the seeds run (the verdict tiles say so in words). */
const PENDING = '…';

/** The time of the peak: the clock time on a one-day window, with the date on longer ones. */
const peakTime = (ms: number, answer: LabScorecard, language: Language) =>
  answer.time.length > 25 ? formatDateTime(ms, language, answer.timezone) : formatTime(ms, language, answer.timezone);

interface Props {
  query: PanelQuery<LabScorecard>;
  band: LabScorecard | undefined;
  bandPending: boolean;
  subtitle: string;
  /** What the first answer waits for, in words (a cold week takes a while). */
  pendingLabel: string;
  language: Language;
  selected: LabKpiId;
  onSelect: (id: LabKpiId) => void;
}

function VariantCellView({
  cell,
  row,
  answer,
  language,
  bandPending,
}: {
  cell: VariantCell;
  row: ScorecardRow;
  answer: LabScorecard;
  language: Language;
  bandPending: boolean;
}) {
  const { t } = useTranslation();
  const { decimals } = row;
  const pct = cell.comparison?.diffPct ?? null;
  const band = cell.band?.band;
  const verdict = cell.band?.verdict;
  return (
    <td className="lab-table__variant">
      <span className="lab-table__value">{formatFigure(cell.value, decimals, language)}</span>
      {cell.at ? (
        <span className="lab-table__change">{t('lab.scorecard.peakAt', { time: peakTime(Date.parse(cell.at), answer, language) })}</span>
      ) : null}
      <span className="lab-table__change" title={percentTooLarge(pct) ? t('lab.scorecard.percentTooLarge') : undefined}>
        {`${formatDiff(cell.comparison?.diff ?? null, decimals, language)} (${formatPercent(pct, language)})`}
      </span>
      {band && verdict ? (
        <span className={`lab-table__band lab-verdict--${verdict}`}>
          {`${formatDiff(band.min, decimals, language)} … ${formatDiff(band.max, decimals, language)} · ${t(`lab.verdict.${verdict}`)}`}
        </span>
      ) : bandPending ? (
        <span className="lab-table__band lab-table__band--pending">{PENDING}</span>
      ) : null}
    </td>
  );
}

function csvColumns(answer: LabScorecard, language: Language, t: TFunction) {
  const columns: TableColumn<ScorecardRow>[] = [
    { key: 'figure', label: t('lab.scorecard.figure'), value: (row) => row.kpi.label[language] },
    { key: 'unit', label: t('lab.scorecard.unit'), value: (row) => unitText(row.kpi.unit, t) },
    { key: 'baseline', label: t('lab.baseline'), value: (row) => row.baseline },
  ];
  answer.comparisons.forEach((_, i) => {
    const name = t('lab.variant', { n: i + 1 });
    const cell = (row: ScorecardRow) => row.variants[i];
    columns.push(
      { key: `v${i}-value`, label: `${name} ${t('lab.scorecard.value')}`, value: (row) => cell(row)?.value },
      { key: `v${i}-diff`, label: `${name} ${t('lab.scorecard.diff')}`, value: (row) => cell(row)?.comparison?.diff },
      { key: `v${i}-pct`, label: `${name} ${t('lab.scorecard.diff')} %`, value: (row) => cell(row)?.comparison?.diffPct },
      { key: `v${i}-min`, label: `${name} ${t('lab.scorecard.bandMin')}`, value: (row) => cell(row)?.band?.band?.min },
      { key: `v${i}-max`, label: `${name} ${t('lab.scorecard.bandMax')}`, value: (row) => cell(row)?.band?.band?.max },
      {
        key: `v${i}-verdict`,
        label: `${name} ${t('lab.scorecard.verdict')}`,
        value: (row) => {
          const verdict = cell(row)?.band?.verdict;
          return verdict ? t(`lab.verdict.${verdict}`) : undefined;
        },
      },
    );
  });
  return columns;
}

export function ScorecardTable({ query, band, bandPending, subtitle, pendingLabel, language, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const answer = query.data;
  const scrollEdges = useScrollEdges<HTMLElement>();
  return (
    <Panel
      title={t('lab.scorecard.title')}
      subtitle={subtitle}
      about={[t('lab.scorecard.about'), t('lab.scorecard.aboutPercent')]}
      query={query}
      pendingLabel={pendingLabel}
      className="lab-scorecard"
      actions={
        answer ? (
          <button
            type="button"
            className="icon-button"
            aria-label={t('panel.downloadCsv')}
            title={t('panel.downloadCsv')}
            onClick={() =>
              downloadCsv(`${t('lab.scorecard.fileName')}.csv`, toCsv(csvColumns(answer, language, t), scorecardRows(answer, band)))
            }
          >
            <Icon name="download" />
          </button>
        ) : null
      }
    >
      {(data) => {
        const rows = scorecardRows(data, band);
        const variants = data.scenarios.length - 1;
        return (
          // The frame draws a fading edge where the table runs on past the box (use-scroll-edges.ts).
          <div className="lab-table__frame">
            <section
              ref={scrollEdges}
              className="lab-table__scroll"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways and must be reachable by keyboard (WCAG 2.1.1)
              tabIndex={0}
              aria-label={t('lab.scorecard.caption')}
              data-testid="lab-scorecard"
            >
              <HeadedTable
                className="data-table lab-table"
                caption={t('lab.scorecard.caption')}
                columns={[
                  t('lab.scorecard.figure'),
                  t('lab.scorecard.unit'),
                  ...data.scenarios.map((scenario, s) => (
                    <Fragment key={scenario.index}>
                      <span className={`lab-swatch lab-swatch--${s}`} aria-hidden="true" />
                      {s === 0 ? t('lab.baseline') : t('lab.variant', { n: s })}
                    </Fragment>
                  )),
                ]}
              >
                {GROUPS.map((group) => (
                  <Fragment key={group}>
                    <tr className="lab-table__group">
                      <th scope="colgroup" colSpan={3 + variants}>
                        {t(`lab.group.${group}`)}
                      </th>
                    </tr>
                    {rows
                      .filter((row) => row.kpi.group === group)
                      .map((row) => (
                        <tr
                          key={row.kpi.id}
                          className={row.kpi.id === selected ? 'lab-table__row--selected' : undefined}
                          data-figure={row.kpi.id}
                        >
                          <th scope="row">
                            <button
                              type="button"
                              className="lab-table__figure"
                              aria-pressed={row.kpi.id === selected}
                              aria-label={t('lab.scorecard.explain', { figure: row.kpi.label[language] })}
                              onClick={() => onSelect(row.kpi.id)}
                            >
                              {row.kpi.label[language]}
                            </button>
                          </th>
                          <td className="lab-table__unit">{unitText(row.kpi.unit, t)}</td>
                          <td>
                            <span className="lab-table__value">{formatFigure(row.baseline, row.decimals, language)}</span>
                            {row.at ? (
                              <span className="lab-table__change">
                                {t('lab.scorecard.peakAt', { time: peakTime(Date.parse(row.at), data, language) })}
                              </span>
                            ) : null}
                          </td>
                          {row.variants.map((cell, i) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: variant columns are slots
                            <VariantCellView key={i} cell={cell} row={row} answer={data} language={language} bandPending={bandPending} />
                          ))}
                        </tr>
                      ))}
                  </Fragment>
                ))}
              </HeadedTable>
            </section>
          </div>
        );
      }}
    </Panel>
  );
}
