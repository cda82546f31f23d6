/**
 * "Start from a story" in the scenario sheet: every ready-made story of the city with what it shows.
 * Unlike the header picker, a choice here also opens the page where the story shows best (an explicit
 * button, so moving through the list with the keyboard never navigates by itself).
 */
import { HOUR_MS } from '@sandbox/shared/common/time';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSimTime } from '../../state/clock/clock-provider';
import { useScenario } from '../../state/scenario/use-scenario';
import { sharedSearch } from '../../state/view-params';
import { cityShortName, useCitySummary } from '../../ui/city-name';
import { PAGES } from '../pages';
import { matchingStory, storiesFor, storyAbout, withStory } from './stories';

export function StoryList() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const location = useLocation();
  const navigate = useNavigate();
  const city = useCitySummary(scenario.city);
  const current = matchingStory(scenario, useSimTime(HOUR_MS, 1_000), city?.timezone);
  const stories = storiesFor(scenario.city, city?.timezone);
  const cityName = cityShortName(t, scenario.city, city);
  if (stories.length === 0) return null;

  return (
    <section className="lever-group story-list" aria-labelledby="story-list-title">
      <h3 id="story-list-title">{t('stories.listTitle')}</h3>
      <p className="lever-hint">{t('stories.listIntro')}</p>
      <ul>
        {stories.map((story) => {
          const page = PAGES.find((p) => p.path === story.page) ?? PAGES[0];
          return (
            <li key={story.id}>
              <button
                type="button"
                className="story-list__item"
                aria-current={current?.id === story.id ? 'true' : undefined}
                onClick={(event) => {
                  const search = withStory(new URLSearchParams(sharedSearch(location.search)), story);
                  for (const [key, value] of Object.entries(story.view ?? {})) search.set(key, value);
                  navigate({ pathname: story.page, search: `?${search.toString()}` });
                  // The sheet closes so the chosen page is in view.
                  event.currentTarget.closest('dialog')?.close();
                }}
              >
                <span className="story-list__name">{t(`stories.${story.id}.name`)}</span>
                <span className="story-list__about">{storyAbout(t, story, cityName)}</span>
                <span className="story-list__page">{t('stories.openOn', { page: t(`pages.${page.key}.title`) })}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
