/** The bench suites `pnpm bench` knows. Add a suite by adding its module here. */
import type { BenchSuite } from '../types';
import { browserLongTasksSuite } from './browser-long-tasks';
import { browserMobilitySuite } from './browser-mobility';
import { bundleSuite } from './bundle';
import { engineSuite } from './engine';
import { exportsSuite } from './exports';
import { labSuite } from './lab';
import { metersSuite } from './meters';
import { mqttSuite } from './mqtt';
import { roomsSuite } from './rooms';
import { scenariosSuite } from './scenarios';
import { serverSuite } from './server';
import { staSuite } from './sta';
import { staticDemoSuite } from './static-demo';
import { storeSuite } from './store';
import { streamsSuite } from './streams';

export const suites: BenchSuite[] = [
  engineSuite,
  metersSuite,
  serverSuite,
  staSuite,
  streamsSuite,
  mqttSuite,
  scenariosSuite,
  exportsSuite,
  storeSuite,
  labSuite,
  roomsSuite,
  bundleSuite,
  browserLongTasksSuite,
  browserMobilitySuite,
  staticDemoSuite,
];
