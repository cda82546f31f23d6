/** "From policy to data": program → agency → simulated stream → the panel that shows it, each a link. */
import './policy-to-data.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { citiesQuery } from '../../../api/queries';
import { withCity } from '../../../state/scenario/city-switch';
import { sharedSearch } from '../../../state/view-params';
import { HeadedTable } from '../../../ui/headed-table';
import { programCity } from '../../../ui/program-card/city-proposal';
import { anchors, STREAM_PAGES } from '../../../ui/program-card/links';
import type { PolicyIndex } from '../../../ui/program-card/use-policy';
import { PolicySection } from './policy-section';

const FLOW_COLUMNS = ['program', 'agency', 'stream', 'panel'] as const;

export function PolicyToData({ index }: { index: PolicyIndex }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const cityIds = useQuery(citiesQuery()).data?.map((city) => city.id) ?? [];
  const rows = index.policy.programs.flatMap((program) => program.telemetry.map((link) => ({ program, link })));
  // A program's page opens in the city it ran in (Smart Spine in Pittsburgh); a national one keeps this city.
  const searchFor = (program: (typeof rows)[number]['program']) => {
    const city = programCity(program, index.programs, cityIds);
    return city && cityIds.includes(city) ? `?${withCity(new URLSearchParams(search), city).toString()}` : sharedSearch(search);
  };
  return (
    <PolicySection id="flow" title={t('policy.flow.title')} subtitle={t('policy.flow.subtitle')}>
      {/* On a phone the four columns may still be wider than the screen: they scroll here, not the page. */}
      <div className="flow__scroll">
        <HeadedTable className="flow" columns={FLOW_COLUMNS.map((column) => t(`policy.flow.${column}`))}>
          {rows.map(({ program, link }) => {
            const agency = index.agencies.get(link.agency);
            const page = STREAM_PAGES[link.stream];
            const pageTitle = t(`pages.${page.key}.title`);
            const to = { pathname: page.path, search: searchFor(program) };
            return (
              <tr key={`${program.id}-${link.stream}`} data-program={program.id}>
                <th scope="row">
                  <a className="flow__node" href={`#${anchors.program(program.id)}`}>
                    {program.name}
                  </a>
                </th>
                <td>
                  <a className="flow__node" href={`#${anchors.agency(link.agency)}`} title={agency?.name}>
                    {agency?.acronym ?? link.agency}
                  </a>
                </td>
                <td>
                  <Link className="flow__node flow__stream" to={to}>
                    <strong>{t(`policy.stream.${link.stream}`)}</strong>
                    <span>{link.what}</span>
                  </Link>
                </td>
                <td>
                  <Link className="button button--small" to={to}>
                    {t('policy.flow.open', { page: pageTitle })}
                  </Link>
                </td>
              </tr>
            );
          })}
        </HeadedTable>
      </div>
    </PolicySection>
  );
}
