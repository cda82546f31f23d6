/** /embed/<name> with a name no panel has: says so and lists the names there are, by page. */
import { useTranslation } from 'react-i18next';
import { EMBED_FEATURES } from './embed-registry';

export function UnknownEmbed({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <main className="embed embed--unknown">
      <h1>{t('embed.unknown.title')}</h1>
      <p>{name ? t('embed.unknown.body', { name }) : t('embed.unknown.none')}</p>
      <dl className="embed__names">
        {EMBED_FEATURES.map((feature) => (
          <div key={feature.page}>
            <dt>{t(`pages.${feature.page}.title`)}</dt>
            <dd>
              {feature.names.map((panel) => (
                <code key={panel}>{panel}</code>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
