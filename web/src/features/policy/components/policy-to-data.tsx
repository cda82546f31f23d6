/** "From policy to data": program → agency → simulated stream → the panel that shows it, each a link. */
import './policy-to-data.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { sharedSearch } from '../../../state/view-params';
import { HeadedTable } from '../../../ui/headed-table';
import { anchors, STREAM_PAGES } from '../../../ui/program-card/links';
import type { PolicyIndex } from '../../../ui/program-card/use-policy';
import { PolicySection } from './policy-section';

const FLOW_COLUMNS = ['program', 'agency', 'stream', 'panel'] as const;

export function PolicyToData({ index }: { index: PolicyIndex }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const rows = index.policy.programs.flatMap((program) => program.telemetry.map((link) => ({ program, link })));
  return (
    <PolicySection id="flow" title={t('policy.flow.title')} subtitle={t('policy.flow.subtitle')}>
      <HeadedTable className="flow" columns={FLOW_COLUMNS.map((column) => t(`policy.flow.${column}`))}>
        {rows.map(({ program, link }) => {
          const agency = index.agencies.get(link.agency);
          const page = STREAM_PAGES[link.stream];
          const pageTitle = t(`pages.${page.key}.title`);
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
                <Link className="flow__node flow__stream" to={{ pathname: page.path, search: sharedSearch(search) }}>
                  <strong>{t(`policy.stream.${link.stream}`)}</strong>
                  <span>{link.what}</span>
                </Link>
              </td>
              <td>
                <Link className="button button--small" to={{ pathname: page.path, search: sharedSearch(search) }}>
                  {t('policy.flow.open', { page: pageTitle })}
                </Link>
              </td>
            </tr>
          );
        })}
      </HeadedTable>
    </PolicySection>
  );
}
