/**
 * A room's figures and settings in words, in the reader's language: the objective ("Lowest city peak
 * load without raising PM2.5 exposure"), a lever's value, a figure with its unit, a team's colour.
 * Figure and lever names come from the Lab's bilingual tables, so the room and the Lab say the same.
 */
import { LAB_KPI_BY_ID, type LabKpiId } from '@sandbox/shared/lab/kpis';
import { LEVER_LABELS } from '@sandbox/shared/lab/lever-chains';
import type { RoomBoard } from '@sandbox/shared/rooms/board';
import type { ShiftedStart } from '@sandbox/shared/rooms/levers';
import type { RoomLeverId, RoomObjective } from '@sandbox/shared/rooms/schemas';
import { ROOM_LEVER_KIND } from '@sandbox/shared/rooms/schemas';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';

export const kpiLabel = (kpi: LabKpiId, language: Language) => LAB_KPI_BY_ID.get(kpi)?.label[language] ?? kpi;

/** A figure's name inside an English sentence ("Lowest city peak load"); acronyms (PM2.5, EV) keep their capitals. */
export function kpiInSentence(kpi: LabKpiId, language: Language): string {
  const label = kpiLabel(kpi, language);
  return language === 'en' && /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}

export const leverLabel = (id: RoomLeverId, language: Language) => LEVER_LABELS[id][language];

export function objectiveText(objective: RoomObjective, language: Language, t: TFunction): string {
  const kpi = LAB_KPI_BY_ID.get(objective.kpi);
  const main = t(kpi?.better === 'higher' ? 'rooms.objective.higher' : 'rooms.objective.lower', {
    kpi: kpiInSentence(objective.kpi, language),
  });
  if (objective.guards.length === 0) return main;
  const guards = objective.guards.map((g) => kpiInSentence(g, language)).join(t('rooms.objective.and'));
  const anyHigher = objective.guards.some((g) => LAB_KPI_BY_ID.get(g)?.better === 'higher');
  return t(anyHigher ? 'rooms.objective.withGuardsHigher' : 'rooms.objective.withGuards', { objective: main, guards });
}

/** A figure with its unit at the scorecard's precision ("48,210 kW"); a dash for no value. */
export function figureText(kpi: LabKpiId, value: number | null, language: Language): string {
  if (value === null) return '–';
  const info = LAB_KPI_BY_ID.get(kpi);
  const decimals = info?.decimals ?? 2;
  return `${formatNumber(value, language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ${info?.unit ?? ''}`.trim();
}

/** A lever's value: a share as a percentage, a switch as on or off. */
export function leverValueText(id: RoomLeverId, value: number | boolean | undefined, language: Language, t: TFunction): string {
  if (ROOM_LEVER_KIND[id] === 'toggle') return value ? t('rooms.lever.on') : t('rooms.lever.off');
  return typeof value === 'number' ? formatNumber(value, language, { style: 'percent', maximumFractionDigits: 0 }) : '–';
}

/** Where the room is, in words: "Round 1 of 2: set your levers". */
export function phaseText(board: Pick<RoomBoard, 'phase' | 'round' | 'rounds' | 'scoring'>, t: TFunction): string {
  const values = { round: board.round, rounds: board.rounds };
  if (board.phase === 'revealed' && board.round >= board.rounds) return t('rooms.phase.finished', values);
  if (board.phase === 'locked') return t(board.scoring === 'done' ? 'rooms.phase.lockedScored' : 'rooms.phase.locked', values);
  return t(`rooms.phase.${board.phase}`, values);
}

/** "EV share: teams start at 20 %, the story's 5 % is outside the room's range." */
export function shiftedStartText(shift: ShiftedStart, language: Language, t: TFunction): string {
  const percent = (x: number) => formatNumber(x, language, { style: 'percent', maximumFractionDigits: 1 });
  return t('rooms.start.shifted', { lever: leverLabel(shift.id, language), start: percent(shift.start), story: percent(shift.story) });
}
