/**
 * "Why it changed": each lever's causal chains through the engine, lever → mechanism → the scorecard
 * figures it moves, in English and Korean. They restate the engine's own lever docs (the scenario
 * schema's descriptions, the module named above each chain) so the Lab can say why a number moved;
 * a chain names only figures the engine really routes the lever to. The texts are for people on the
 * Lab page: no source paths in them (those are in the comments).
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/schemas';
import { type Bilingual, BilingualSchema, type LabKpiId, LabKpiIdSchema } from './kpis';

/** What a variant can change: a lever, the seed, or the injected faults. */
export const LabLeverSchema = z.enum([
  'evShare',
  'evTimeOfUse',
  'heatWave',
  'wildfireSmoke',
  'inversion',
  'demandResponse',
  'signalRetiming',
  'transitSignalPriority',
  'connectedShare',
  'bsmRateHz',
  'seed',
  'faults',
]);
export type LabLever = z.infer<typeof LabLeverSchema>;

export const LeverChainSchema = z.object({
  id: z.string(),
  lever: LabLeverSchema,
  leverLabel: BilingualSchema,
  mechanism: BilingualSchema.describe('What the engine does with the lever, in one line.'),
  metrics: z.array(LabKpiIdSchema).describe('The scorecard figures this mechanism moves.'),
});
export type LeverChain = z.infer<typeof LeverChainSchema>;

export const LEVER_LABELS: Record<LabLever, Bilingual> = {
  evShare: { en: 'EV share', ko: '전기차 비율' },
  evTimeOfUse: { en: 'Time-of-use EV charging', ko: '시간대별 요금 EV 충전' },
  heatWave: { en: 'Heat wave', ko: '폭염' },
  wildfireSmoke: { en: 'Wildfire smoke', ko: '산불 연기' },
  inversion: { en: 'Winter inversion', ko: '겨울 역전층' },
  demandResponse: { en: 'Demand response', ko: '수요 반응' },
  signalRetiming: { en: 'Signal retiming', ko: '신호 시간 재조정' },
  transitSignalPriority: { en: 'Transit signal priority', ko: '대중교통 신호 우선' },
  connectedShare: { en: 'Connected-vehicle share', ko: '커넥티드 차량 비율' },
  bsmRateHz: { en: 'BSM rate', ko: 'BSM 전송률' },
  seed: { en: 'Random seed', ko: '난수 시드' },
  faults: { en: 'Injected faults', ko: '주입된 고장' },
};

type ChainText = [id: string, lever: LabLever, en: string, ko: string, metrics: LabKpiId[]];

const CHAINS: readonly ChainText[] = [
  // In the engine: air/engine.ts.
  [
    'ev-tailpipe',
    'evShare',
    'Fewer tailpipe PM2.5 and NOx from the corridor traffic near roadside benches.',
    '도로변 벤치 근처 회랑 차량의 배기 PM2.5와 NOx가 줄어듭니다.',
    ['pm25Exposure', 'aqiOver100Hours'],
  ],
  // In the engine: air/engine.ts.
  [
    'ev-titration',
    'evShare',
    'Less NOx near roads titrates less ozone, so roadside ozone rises a little.',
    '도로 근처 NOx가 줄면 오존을 덜 소모해 도로변 오존이 조금 오릅니다.',
    ['ozone8hMax'],
  ],
  // In the engine: energy/engine.ts.
  [
    'ev-chargers',
    'evShare',
    'More homes and depots get chargers, in proportion to the share; home sessions start on arrival in the evening.',
    '비율에 비례해 충전기를 가진 가정과 차고지가 늘고, 가정 충전은 저녁 귀가 때 시작됩니다.',
    ['peakLoad', 'energy', 'evAtPeak', 'gridCo2'],
  ],
  // In the engine: energy/engine.ts.
  [
    'ev-self-use',
    'evShare',
    'Chargers running while the sun is up use rooftop PV at home instead of exporting it (net = load + charging − PV).',
    '해가 있는 동안 충전하면 지붕 태양광을 수출하지 않고 집에서 씁니다(순수요 = 부하 + 충전 − 태양광).',
    ['pvExported'],
  ],
  // In the engine: energy/engine.ts.
  [
    'tou-overnight',
    'evTimeOfUse',
    'Home charging starts in the overnight window (from 23:00) instead of on arrival, off the evening peak.',
    '가정 충전이 귀가 시점 대신 심야(23:00부터)에 시작되어 저녁 최대 부하를 피합니다.',
    ['peakLoad', 'evAtPeak'],
  ],
  // In the engine: energy/engine.ts.
  [
    'heat-cooling',
    'heatWave',
    'Hotter days drive air conditioning above the set points, about 2 h after the outdoor peak.',
    '더운 날씨로 냉방이 설정 온도 이상에서 늘어납니다(외기 최고 약 2시간 뒤).',
    ['peakLoad', 'energy', 'gridCo2'],
  ],
  // In the engine: air/engine.ts.
  [
    'heat-ozone',
    'heatWave',
    'Hotter, sunnier days speed up ozone photochemistry.',
    '덥고 맑은 날에는 오존 광화학 반응이 빨라집니다.',
    ['ozone8hMax', 'aqiOver100Hours'],
  ],
  // In the engine: weather/engine.ts.
  ['heat-sun', 'heatWave', 'Clearer skies give rooftop PV more sun.', '맑은 하늘로 지붕 태양광 일사량이 늘어납니다.', ['pvExported']],
  // In the engine: air/engine.ts.
  [
    'smoke-pm',
    'wildfireSmoke',
    'Regional smoke adds PM2.5 at every bench, up to about 150 µg/m³ at intensity 1.',
    '광역 연기가 모든 벤치의 PM2.5를 높입니다(강도 1에서 최대 약 150 µg/m³).',
    ['pm25Exposure', 'aqiOver100Hours'],
  ],
  // In the engine: weather/engine.ts.
  [
    'smoke-dimming',
    'wildfireSmoke',
    'Smoke dims the sun: less rooftop PV and slower ozone photochemistry.',
    '연기가 햇빛을 가려 지붕 태양광이 줄고 오존 생성이 느려집니다.',
    ['pvExported', 'ozone8hMax', 'energy', 'gridCo2'],
  ],
  // In the engine: air/engine.ts.
  [
    'inversion-trap',
    'inversion',
    'A shallow, calm boundary layer traps local traffic emissions near the ground.',
    '얕고 바람 없는 경계층이 지역 교통 배출을 지면 가까이에 가둡니다.',
    ['pm25Exposure', 'aqiOver100Hours'],
  ],
  // In the engine: energy/engine.ts.
  [
    'dr-setpoints',
    'demandResponse',
    'Participating homes raise cooling set points and lower electric heat during the window.',
    '참여 가정이 이벤트 시간 동안 냉방 설정 온도를 올리고 전기 난방을 낮춥니다.',
    ['peakLoad', 'energy', 'gridCo2'],
  ],
  // In the engine: energy/engine.ts.
  [
    'dr-ev-defer',
    'demandResponse',
    'Participants defer EV charging that would start in the window to its end.',
    '참여 가정은 이벤트 시간에 시작할 EV 충전을 종료 시점으로 미룹니다.',
    ['evAtPeak', 'peakLoad'],
  ],
  // In the engine: mobility/signals.ts.
  [
    'retiming-progression',
    'signalRetiming',
    'Coordinated offsets give a green wave in the peak direction and 10% more main-street green: less delay at signals.',
    '연동 오프셋으로 첨두 방향 녹색 물결이 생기고 주도로 녹색이 10% 늘어 신호 지체가 줄어듭니다.',
    ['travelTimeIndex', 'delay'],
  ],
  // In the engine: air/engine.ts.
  [
    'retiming-stop-go',
    'signalRetiming',
    'Fewer stops mean less stop-and-go exhaust next to roadside benches.',
    '정지가 줄어 도로변 벤치 옆의 가다 서다 배출이 줄어듭니다.',
    ['pm25Exposure'],
  ],
  // In the engine: mobility/trips.ts.
  [
    'retiming-braking',
    'signalRetiming',
    'Fewer arrivals on yellow and red: fewer hard stops and red-light warnings.',
    '황색·적색 신호 도착이 줄어 급정지와 신호위반 경고가 줄어듭니다.',
    ['safetyRate'],
  ],
  // In the engine: mobility/trips.ts.
  [
    'tsp-buses',
    'transitSignalPriority',
    'Buses get up to 10 s of green extension and pass instead of stopping; only the buses’ own times change, a small share of the corridor’s.',
    '버스가 최대 10초 녹색 연장을 받아 멈추지 않고 지나갑니다. 바뀌는 것은 회랑의 작은 몫인 버스 자신의 시간뿐입니다.',
    ['travelTimeIndex', 'delay'],
  ],
  // In the engine: mobility/trips.ts.
  [
    'cv-reporting',
    'connectedShare',
    'More vehicles carry an on-board unit: more events are reported, but per connected mile the rate stays put.',
    '차량 탑재 장치가 늘어 보고되는 이벤트는 많아지지만 커넥티드 주행거리당 비율은 그대로입니다.',
    ['safetyRate'],
  ],
  [
    'bsm-volume',
    'bsmRateHz',
    'Only how many messages each connected vehicle sends; no figure on the scorecard depends on it.',
    '커넥티드 차량이 보내는 메시지 수만 바뀌며 점수표의 어떤 수치도 이에 의존하지 않습니다.',
    [],
  ],
  [
    'seed-draws',
    'seed',
    'Different random draws of the weather’s noise, trips, incidents and meter noise: every figure moves by chance alone.',
    '날씨 잡음, 통행, 돌발 상황, 계량기 잡음의 난수가 달라져 모든 수치가 우연만으로 움직입니다.',
    [...LabKpiIdSchema.options],
  ],
  [
    'fault-readings',
    'faults',
    'Injected sensor and meter faults change what is reported (stuck, spiked or missing readings, outages), not the true air or load.',
    '주입된 센서·계량기 고장은 실제 공기나 부하가 아니라 보고되는 값(고정, 급등, 누락, 정전)을 바꿉니다.',
    ['pm25Exposure', 'aqiOver100Hours', 'ozone8hMax', 'peakLoad', 'energy', 'pvExported', 'evAtPeak', 'gridCo2'],
  ],
];

export const LEVER_CHAINS: readonly LeverChain[] = CHAINS.map(([id, lever, en, ko, metrics]) => ({
  id,
  lever,
  leverLabel: LEVER_LABELS[lever],
  mechanism: { en, ko },
  metrics,
}));

/** The levers proper: every choice a variant can make but its seed and its faults. */
const LEVER_KEYS = LabLeverSchema.options.filter((lever): lever is keyof Scenario['levers'] => lever !== 'seed' && lever !== 'faults');

/** What differs between two scenarios: the levers, the seed, the faults. */
export function changedLevers(baseline: Scenario, variant: Scenario): LabLever[] {
  const changed: LabLever[] = LEVER_KEYS.filter((key) => JSON.stringify(baseline.levers[key]) !== JSON.stringify(variant.levers[key]));
  if (baseline.seed !== variant.seed) changed.push('seed');
  if (JSON.stringify(baseline.faults) !== JSON.stringify(variant.faults)) changed.push('faults');
  return changed;
}

/** The chains of the changed levers that reach `metric`. */
export function chainsFor(changed: readonly LabLever[], metric: LabKpiId): LeverChain[] {
  return LEVER_CHAINS.filter((chain) => changed.includes(chain.lever) && chain.metrics.includes(metric));
}
