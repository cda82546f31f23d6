/**
 * The UI strings, one file per area and language (`locales/<lang>/<area>.json`, each under the
 * 400-line cap), merged into one catalog per language at load. Keys are unchanged: an area file holds
 * whole top-level namespaces (`air.json` holds `air`), so no file overwrites another (catalogs.test.ts
 * checks that, and that every file is merged).
 */

import enAir from './locales/en/air.json';
import enClasses from './locales/en/classes.json';
import enCommon from './locales/en/common.json';
import enData from './locales/en/data.json';
import enEnergy from './locales/en/energy.json';
import enLab from './locales/en/lab.json';
import enLessons from './locales/en/lessons.json';
import enMap from './locales/en/map.json';
import enMobility from './locales/en/mobility.json';
import enOverview from './locales/en/overview.json';
import enPolicy from './locales/en/policy.json';
import enRooms from './locales/en/rooms.json';
import enSaved from './locales/en/saved.json';
import enShell from './locales/en/shell.json';
import koAir from './locales/ko/air.json';
import koClasses from './locales/ko/classes.json';
import koCommon from './locales/ko/common.json';
import koData from './locales/ko/data.json';
import koEnergy from './locales/ko/energy.json';
import koLab from './locales/ko/lab.json';
import koLessons from './locales/ko/lessons.json';
import koMap from './locales/ko/map.json';
import koMobility from './locales/ko/mobility.json';
import koOverview from './locales/ko/overview.json';
import koPolicy from './locales/ko/policy.json';
import koRooms from './locales/ko/rooms.json';
import koSaved from './locales/ko/saved.json';
import koShell from './locales/ko/shell.json';

const en = {
  ...enCommon,
  ...enShell,
  ...enMap,
  ...enOverview,
  ...enAir,
  ...enEnergy,
  ...enMobility,
  ...enPolicy,
  ...enData,
  ...enSaved,
  ...enLab,
  ...enRooms,
  ...enLessons,
  ...enClasses,
};
const ko = {
  ...koCommon,
  ...koShell,
  ...koMap,
  ...koOverview,
  ...koAir,
  ...koEnergy,
  ...koMobility,
  ...koPolicy,
  ...koData,
  ...koSaved,
  ...koLab,
  ...koRooms,
  ...koLessons,
  ...koClasses,
};

/** The English catalog's shape: `t()` keys are checked against it (i18n-types.d.ts). */
export type Catalog = typeof en;

export const catalogs = { en, ko } as const;
