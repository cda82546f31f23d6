/**
 * The Lab's scorecard: which figures it shows, their units and which way is better, and a "how this
 * is computed" note for each, in English and Korean. The computation lives beside it (scorecard-*.ts);
 * these texts describe exactly that code, so change them together.
 */
import { z } from 'zod';
import { EGRID2023_CO2_LB_PER_MWH } from '../city/egrid';

export const LAB_KPI_IDS = [
  'pm25Exposure',
  'aqiOver100Hours',
  'ozone8hMax',
  'peakLoad',
  'energy',
  'pvExported',
  'evAtPeak',
  'gridCo2',
  'travelTimeIndex',
  'delay',
  'safetyRate',
] as const;
export const LabKpiIdSchema = z.enum(LAB_KPI_IDS);
export type LabKpiId = z.infer<typeof LabKpiIdSchema>;

export const LabGroupSchema = z.enum(['air', 'energy', 'mobility']);
export type LabGroup = z.infer<typeof LabGroupSchema>;

/** A text in both languages of the product. */
export const BilingualSchema = z.object({ en: z.string(), ko: z.string() });
export type Bilingual = z.infer<typeof BilingualSchema>;

export const LabKpiSchema = z.object({
  id: LabKpiIdSchema,
  group: LabGroupSchema,
  unit: z.string().describe('Unit of the value and of its absolute difference.'),
  decimals: z.number().int().min(0).max(3).describe('Decimal places worth showing.'),
  better: z.enum(['lower', 'higher']).describe('Which way is an improvement.'),
  label: BilingualSchema,
  how: BilingualSchema.describe('How this is computed.'),
});
export type LabKpi = z.infer<typeof LabKpiSchema>;

/** Mobility figures are read in the weekday peak periods, where the travel-time index is defined. */
export const PEAK_PERIODS_NOTE: Bilingual = {
  en: 'weekday peak periods 06:00–09:00 and 16:00–19:00 local (FHWA Urban Congestion Report)',
  ko: '평일 첨두 시간대 현지 06:00–09:00, 16:00–19:00 (FHWA 도시 혼잡 보고서 기준)',
};

export const LAB_KPIS: readonly LabKpi[] = [
  {
    id: 'pm25Exposure',
    group: 'air',
    unit: 'µg/m³',
    decimals: 1,
    better: 'lower',
    label: { en: 'PM2.5 exposure', ko: 'PM2.5 노출' },
    how: {
      en: 'Mean over the window of each hour’s bench PM2.5, weighted by homes: each bench stands for the residential meters of its district (shared among that district’s benches); equal weights when no bench district has homes.',
      ko: '각 시간의 측정 벤치 PM2.5를 가구 수로 가중 평균한 뒤 기간 전체로 평균합니다. 벤치마다 그 지구의 주거용 계량기 수를 대표하며(같은 지구 벤치끼리 나눔), 주거가 없으면 같은 가중치를 씁니다.',
    },
  },
  {
    id: 'aqiOver100Hours',
    group: 'air',
    unit: 'h',
    decimals: 0,
    better: 'lower',
    label: { en: 'Hours with AQI over 100', ko: 'AQI 100 초과 시간' },
    how: {
      en: 'Hours in the window in which at least one bench’s hourly NowCast AQI (the larger of PM2.5 and ozone) was over 100: unhealthy for sensitive groups or worse.',
      ko: '기간 중 한 곳 이상의 벤치에서 시간별 NowCast AQI(PM2.5와 오존 중 큰 값)가 100을 넘은 시간 수. 민감군에게 나쁨 이상입니다.',
    },
  },
  {
    id: 'ozone8hMax',
    group: 'air',
    unit: 'ppb',
    decimals: 1,
    better: 'lower',
    label: { en: 'Ozone 8-hour maximum', ko: '오존 8시간 최고' },
    how: {
      en: 'Highest 8-hour running mean of hourly ozone at any bench, over 8-hour periods inside the window (each needs 6 valid hours, as the daily AQI).',
      ko: '기간 안의 8시간 구간마다 시간별 오존을 평균해(유효 6시간 이상, 일 AQI와 같은 규칙) 모든 벤치 중 가장 높은 값.',
    },
  },
  {
    id: 'peakLoad',
    group: 'energy',
    unit: 'kW',
    decimals: 0,
    better: 'lower',
    label: { en: 'City peak load', ko: '도시 최대 부하' },
    how: {
      en: 'Highest 15-minute net demand of every meter in the city (kWh of the interval × 4); its time is the interval’s start.',
      ko: '도시 전체 계량기의 15분 순수요 중 최댓값(구간 kWh × 4). 시각은 그 구간의 시작입니다.',
    },
  },
  {
    id: 'energy',
    group: 'energy',
    unit: 'MWh',
    decimals: 1,
    better: 'lower',
    label: { en: 'Energy from the grid', ko: '전력망 사용 전력량' },
    how: {
      en: 'Sum of every meter’s net 15-minute energy over the window (imports minus rooftop PV exports); missing reads are left out.',
      ko: '기간 동안 모든 계량기의 15분 순전력량 합계(수입에서 지붕 태양광 수출을 뺀 값). 누락된 검침은 제외합니다.',
    },
  },
  {
    id: 'pvExported',
    group: 'energy',
    unit: 'MWh',
    decimals: 2,
    better: 'higher',
    label: { en: 'PV exported', ko: '태양광 역송 전력량' },
    how: {
      en: 'Sum of the energy meters sent back to the grid (15-minute intervals with rooftop PV above the home’s own use).',
      ko: '계량기가 전력망으로 되보낸 전력량의 합(지붕 태양광이 자가 사용보다 많은 15분 구간).',
    },
  },
  {
    id: 'evAtPeak',
    group: 'energy',
    unit: 'kW',
    decimals: 0,
    better: 'lower',
    label: { en: 'EV charging at the peak', ko: '최대 부하 시 EV 충전' },
    how: {
      en: 'EV charging in the city’s peak interval: the scenario’s net demand then, minus the same scenario’s with no EV chargers (EV share 0), same meters and weather.',
      ko: '도시 최대 부하 구간의 EV 충전량. 그 구간의 순수요에서 같은 시나리오를 EV 충전기 없이(EV 비율 0, 같은 계량기와 날씨) 계산한 값을 뺍니다.',
    },
  },
  {
    id: 'gridCo2',
    group: 'energy',
    unit: 't CO₂',
    decimals: 1,
    better: 'lower',
    label: { en: 'Grid CO₂', ko: '전력망 CO₂' },
    how: {
      en: `Energy from the grid × the eGRID2023 CO₂ output emission rate of the city’s subregion (Columbus and Pittsburgh: RFCW, ${EGRID2023_CO2_LB_PER_MWH.RFCW} lb/MWh; Austin: ERCT, ${EGRID2023_CO2_LB_PER_MWH.ERCT} lb/MWh); an average, not a marginal rate, and not adjusted for grid losses.`,
      ko: `전력망 사용 전력량 × 도시가 속한 eGRID 소권역의 eGRID2023 CO₂ 배출계수(콜럼버스·피츠버그: RFCW ${EGRID2023_CO2_LB_PER_MWH.RFCW} lb/MWh, 오스틴: ERCT ${EGRID2023_CO2_LB_PER_MWH.ERCT} lb/MWh). 한계 배출계수가 아닌 평균값이며 송배전 손실은 반영하지 않습니다.`,
    },
  },
  {
    id: 'travelTimeIndex',
    group: 'mobility',
    unit: '×',
    decimals: 2,
    better: 'lower',
    label: { en: 'Corridor travel-time index', ko: '회랑 통행시간 지수' },
    how: {
      en: `Time every vehicle took to cross the corridor segments it drove whole, over the time at the speed limit, in the ${PEAK_PERIODS_NOTE.en} (so longer segments and busier times weigh more).`,
      ko: `${PEAK_PERIODS_NOTE.ko}에 차량이 구간을 끝까지 지나는 데 걸린 시간의 합을 제한속도로 지날 때의 시간 합으로 나눈 값(긴 구간과 붐비는 시간이 더 크게 반영).`,
    },
  },
  {
    id: 'delay',
    group: 'mobility',
    unit: 'veh·h',
    decimals: 1,
    better: 'lower',
    label: { en: 'Corridor delay', ko: '회랑 지체' },
    how: {
      en: `Vehicle-hours spent beyond the speed-limit time on the corridor segments, in the ${PEAK_PERIODS_NOTE.en}.`,
      ko: `${PEAK_PERIODS_NOTE.ko}에 회랑 구간에서 제한속도 기준 시간보다 더 걸린 차량·시간.`,
    },
  },
  {
    id: 'safetyRate',
    group: 'mobility',
    unit: 'per 1,000 CV-mi',
    decimals: 2,
    better: 'lower',
    label: { en: 'Safety events per 1,000 CV-miles', ko: '커넥티드 차량 1,000마일당 안전 이벤트' },
    how: {
      en: `Hard-braking and red-light-violation warnings reported by connected vehicles, per 1,000 miles they drove, in the ${PEAK_PERIODS_NOTE.en}. Connected miles are estimated as vehicle-miles on the segments × the connected share (buses, always connected, are counted at that share), so more reporting cars do not look less safe.`,
      ko: `${PEAK_PERIODS_NOTE.ko}에 커넥티드 차량이 보고한 급제동·신호위반 경고를 그 차량들이 달린 1,000마일당으로 나눈 값. 커넥티드 주행거리는 구간 차량-마일 × 커넥티드 비율로 추정합니다(항상 커넥티드인 버스도 이 비율로 계산). 보고하는 차량이 많아져도 덜 안전해 보이지 않습니다.`,
    },
  },
];

export const LAB_KPI_BY_ID: ReadonlyMap<LabKpiId, LabKpi> = new Map(LAB_KPIS.map((kpi) => [kpi.id, kpi]));
