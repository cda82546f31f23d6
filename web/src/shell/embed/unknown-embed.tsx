/** /embed/<name> with a name no panel has: says so and lists the names there are, by page. */
import { useTranslation } from 'react-i18next';
import { useHref, useLocation } from 'react-router';
import { EMBED_FEATURES, type EmbedName } from './embed-registry';

/**
 * Ready-to-paste iframe code for the first panel, with this address's own parameters. The router
 * writes the address, so the static demo's code says `#/embed/…` and the server's `/embed/…`.
 */
function IframeCode() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const panel = 'pm25' satisfies EmbedName;
  const href = useHref(`/embed/${panel}${search}`);
  // A hash route (`#/embed/…`) hangs off the page the demo was opened at; a path is the origin's.
  const src = `${window.location.origin}${href.startsWith('#') ? window.location.pathname : ''}${href}`;
  const label = [t(`embed.panels.${panel}`), t('app.name')].join(' · ');
  const attributes = { src, width: 640, height: 420, style: 'border:0', title: label };
  const code = `<iframe ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
    .join(' ')}></iframe>`;
  return (
    <section>
      <h2>{t('embed.unknown.codeTitle')}</h2>
      <p>{t('embed.unknown.codeBody')}</p>
      <code className="code-line">{code}</code>
    </section>
  );
}

export function UnknownEmbed({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <main className="embed embed--unknown">
      <h1>{name ? t('embed.unknown.title') : t('embed.unknown.indexTitle')}</h1>
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
      <IframeCode />
    </main>
  );
}
