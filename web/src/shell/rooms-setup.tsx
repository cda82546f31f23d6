/**
 * The Rooms page with the stories of the current city, named in the reader's language: stories are
 * the shell's (scenario/stories.ts), the page is a feature's, so the shell hands them over.
 */
import { useTranslation } from 'react-i18next';
import { type RoomStory, RoomsPage } from '../features/rooms/rooms-page';
import { useScenario } from '../state/scenario/use-scenario';
import { useCitySummary } from '../ui/city-name';
import { matchingStory, storiesFor, storyScenario } from './scenario/stories';

export function RoomsSetup() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const timeZone = useCitySummary(scenario.city)?.timezone;
  const stories: RoomStory[] = storiesFor(scenario.city, timeZone).map((story) => ({
    id: story.id,
    name: t(`stories.${story.id}.name`),
    t: story.t,
    scenario: storyScenario(story),
  }));
  return <RoomsPage stories={stories} current={matchingStory(scenario, undefined, timeZone)?.id} />;
}
