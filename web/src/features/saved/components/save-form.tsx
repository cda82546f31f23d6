/**
 * Saves the view the person is working on: the scenario of the address bar, the clock's moment
 * (live stays live), the language they chose, on the page they pick, under a name and notes. From
 * the Lab, the comparison's variants, days and seeds are kept too (as the view's page parameters),
 * and always the moment, live or not: the comparison's window ends at the clock, so a live Lab
 * view would show other numbers on another day, and its share link must reopen the same ones.
 */
import { type ScenarioView, VIEW_PAGES, type ViewPage } from '@sandbox/shared/scenario/address';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClock } from '../../../state/clock/clock-provider';
import { labComparisonParams } from '../../../state/lab/lab-url';
import { useScenario } from '../../../state/scenario/use-scenario';
import { useUrlParams } from '../../../state/url/use-url-params';
import { pageKey } from '../../../ui/page-key';
import type { SavedActions } from '../hooks/use-saved-actions';

export function SaveForm({ actions }: { actions: SavedActions }) {
  const { t } = useTranslation();
  const id = useId();
  const { scenario } = useScenario();
  const { state, now } = useClock();
  const [params] = useUrlParams();
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  // The page the Scenario panel's link came from, when it is one a view can open.
  const [page, setPage] = useState<ViewPage>(() => VIEW_PAGES.find((p) => p === params.get('from')) ?? '/');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const lang = params.get('lang');
    const lab = page === '/lab';
    const comparison = lab ? labComparisonParams(params) : {};
    const view: ScenarioView = {
      page,
      ...(state.live && !lab ? {} : { t: new Date(now()).toISOString() }),
      ...(lang === 'en' || lang === 'ko' ? { lang } : {}),
      ...(Object.keys(comparison).length > 0 ? { params: comparison } : {}),
    };
    if (await actions.save({ name: name.trim(), notes, scenario, view })) {
      setName('');
      setNotes('');
    }
  };

  return (
    <form className="card save-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('saved.form.title')}
      </h2>
      <p className="card__subtitle">{page === '/lab' ? t('saved.form.lab') : state.live ? t('saved.form.live') : t('saved.form.paused')}</p>
      <label className="save-form__field">
        <span>{t('saved.form.name')}</span>
        <input className="input" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="save-form__field">
        <span>{t('saved.form.notes')}</span>
        <textarea className="input" maxLength={4000} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <label className="save-form__field">
        <span>{t('saved.form.page')}</span>
        <select className="input" value={page} onChange={(e) => setPage(e.target.value as ViewPage)}>
          {VIEW_PAGES.map((path) => (
            <option key={path} value={path}>
              {t(`pages.${pageKey(path)}.title`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button" disabled={actions.busy || name.trim() === ''}>
        {t('saved.form.save')}
      </button>
    </form>
  );
}
