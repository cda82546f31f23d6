import { useTranslation } from 'react-i18next';
import { Pending } from '../ui/panel-state';

/** Shown for the moment a page's code is on its way (from our own server, so it is short). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading">
      <Pending label={t('panel.loading')} />
    </div>
  );
}
