/** The engine's property suite (test-support/engine-properties.ts) over the engine test city. */

import { engineCity } from '../test-support/engine-city';
import { describeEngineProperties } from '../test-support/engine-properties';

describeEngineProperties(engineCity, { split: 'high-st-roadside', roadside: 'morse-rd-roadside', cost: 'park-bench' });
