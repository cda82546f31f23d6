/**
 * The city/scenario picker in the header: one select whose groups are the cities and whose options
 * are each city's ready-made stories. Choosing one writes its scenario and pauses the clock at its
 * moment in one URL change; the page stays (a select that navigates would move the user on every
 * arrow key: the Scenario panel's story cards are buttons that open a story's page). The select
 * shows the story only while the levers are its own and the clock near its moment; otherwise
 * "Choose a story" (levers untouched) or "Your own scenario" (levers changed).
 */
import './stories.css';
import { HOUR_MS } from '@sandbox/shared/common/time';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { citiesQuery } from '../../api/queries';
import { useSimTime } from '../../state/clock/clock-provider';
import { useScenario } from '../../state/scenario/use-scenario';
import { useUrlParams } from '../../state/url/use-url-params';
import { cityLabel, cityShortName } from '../../ui/city-name';
import { matchingStory, storiesFor, storyAbout, withStory } from './stories';

const CUSTOM = 'custom';

export function StoryPicker() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const [, update] = useUrlParams();
  const cities = useQuery(citiesQuery());
  const id = useId();
  const simHour = useSimTime(HOUR_MS, 1_000);
  const summaryOf = (cityId: string) => cities.data?.find((city) => city.id === cityId);
  const zoneOf = (cityId: string) => summaryOf(cityId)?.timezone;
  const current = matchingStory(scenario, simHour, zoneOf(scenario.city));
  const leversOfAStory = matchingStory(scenario, undefined, zoneOf(scenario.city)) !== undefined;
  // Until the list arrives (or if it fails) the current city still shows, so the control never jumps.
  const cityIds = cities.data?.map((city) => city.id) ?? [scenario.city];

  return (
    <div className="header-picker story-picker">
      <label htmlFor={id}>{t('stories.label')}</label>
      <select
        id={id}
        value={current ? `${scenario.city}/${current.id}` : CUSTOM}
        onChange={(event) => {
          const [cityId, storyId] = event.target.value.split('/');
          const story = storiesFor(cityId ?? '', zoneOf(cityId ?? '')).find((s) => s.id === storyId);
          if (story) update((search) => withStory(search, story));
        }}
        title={
          current
            ? storyAbout(t, current, cityShortName(t, scenario.city, summaryOf(scenario.city)))
            : leversOfAStory
              ? t('stories.chooseAbout')
              : t('stories.customAbout')
        }
      >
        {current ? null : (
          <option value={CUSTOM} disabled>
            {leversOfAStory ? t('stories.choose') : t('stories.custom')}
          </option>
        )}
        {cityIds.map((cityId) => (
          <optgroup key={cityId} label={cityLabel(t, cityId, summaryOf(cityId))}>
            {storiesFor(cityId, zoneOf(cityId)).map((story) => (
              <option key={story.id} value={`${cityId}/${story.id}`}>
                {t(`stories.${story.id}.name`)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
