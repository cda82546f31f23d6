/**
 * Every export with the current scenario and window (the last 24 hours up to the clock), in the
 * formats the server streams: spreadsheet-friendly CSV, NDJSON for code, Green Button XML for
 * a meter, J2735 BSM records, and the ground truth of injected faults for checking answers.
 */

import type { City } from '@sandbox/shared/city/schemas';
import { DAY_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { localName, useUiLanguage } from '../../../i18n/use-ui-language';
import { useChartWindow } from '../../../state/clock/use-chart-window';
import { useScenario } from '../../../state/scenario/use-scenario';
import { useStudentView } from '../../../state/student-url';
import { cityLabel } from '../../../ui/city-name';
import { ServerLink } from '../../../ui/server-link';
import { downloadUrl, meterDownloadUrl, meterSearchQuery, type TabularExport } from '../api/data-queries';

interface Download {
  key: 'air' | 'airHourly' | 'load' | 'segments' | 'events' | 'bsm' | 'truth';
  route: TabularExport;
  formats: readonly ('csv' | 'ndjson')[];
  /** The segment export covers one corridor: the city's first. */
  oneCorridor?: boolean;
  /** Hour-long window for the 10 Hz BSM feed (a day is ~60 million messages). */
  short?: boolean;
}

const DOWNLOADS: readonly Download[] = [
  { key: 'air', route: 'exportAir', formats: ['csv', 'ndjson'] },
  { key: 'airHourly', route: 'exportAirHourly', formats: ['csv', 'ndjson'] },
  { key: 'load', route: 'exportLoad', formats: ['csv', 'ndjson'] },
  { key: 'segments', route: 'exportSegments', formats: ['csv', 'ndjson'], oneCorridor: true },
  { key: 'events', route: 'exportEvents', formats: ['csv', 'ndjson'] },
  { key: 'bsm', route: 'exportBsm', formats: ['csv', 'ndjson'], short: true },
  { key: 'truth', route: 'exportTruth', formats: ['csv', 'ndjson'] },
];

export function DownloadsCard({ city }: { city: City }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { scenario } = useScenario();
  // A student's view has no ground truth: it would give the answers away (the server refuses it too).
  const student = useStudentView();
  const window = useChartWindow(DAY_MS);
  const meters = useQuery(meterSearchQuery(scenario, '', 1));
  const meter = meters.data?.meters[0]?.id;
  const corridor = city.corridors[0];
  const corridorName = corridor ? localName(corridor, language) : '';
  const range = (short?: boolean) => ({ from: short ? new Date(window.toMs - MINUTE_MS).toISOString() : window.from, to: window.to });

  return (
    <section className="card downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title" className="card__title">
        {t('data.downloads.title')}
      </h2>
      <p className="card__subtitle">{t('data.downloads.subtitle', { city: cityLabel(t, city.id, city) })}</p>
      <ul className="downloads__list">
        {DOWNLOADS.filter((d) => !(student && d.key === 'truth')).map((d) => (
          <li key={d.key}>
            <span className="downloads__name">{t(`data.downloads.${d.key}`, { corridor: corridorName })}</span>
            <span className="downloads__links">
              {d.formats.map((format) => (
                <ServerLink
                  key={format}
                  className="button button--small button--quiet"
                  href={downloadUrl(d.route, scenario, range(d.short), format, d.oneCorridor ? corridor?.id : undefined)}
                  download
                >
                  {format.toUpperCase()}
                </ServerLink>
              ))}
            </span>
          </li>
        ))}
        <li>
          <span className="downloads__name">{t('data.downloads.meters', { meter: meter ?? '…' })}</span>
          <span className="downloads__links">
            {meter ? (
              <>
                <ServerLink
                  className="button button--small button--quiet"
                  href={meterDownloadUrl('csv', scenario, range(), meter)}
                  download
                >
                  {t('data.downloads.csv')}
                </ServerLink>
                <ServerLink
                  className="button button--small button--quiet"
                  href={meterDownloadUrl('greenButton', scenario, range(), meter)}
                  download
                >
                  {t('data.downloads.greenButton')}
                </ServerLink>
              </>
            ) : null}
          </span>
        </li>
      </ul>
      <p className="lever-hint">{t('data.downloads.note')}</p>
    </section>
  );
}
