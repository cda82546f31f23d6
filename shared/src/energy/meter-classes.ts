/**
 * The three meter classes' load model: hourly load shapes (FACTS.md D) and per-class parameters.
 */
import type { MeterClass } from '../city/schemas';

export const CLASSES: readonly MeterClass[] = ['residential', 'commercial', 'industrial'];
export const CLASS_PREFIX = { residential: 'res', commercial: 'com', industrial: 'ind' } as const;

/** Hourly load shapes, relative (normalised to mean 1): [weekday, weekend/holiday] per class. */
export const SHAPES: Record<MeterClass, [number[], number[]]> = {
  // FACTS.md D: overnight 0.35–0.4×, morning 0.5–0.8×, daytime 0.55–0.7×, evening 1.0–1.1× at 18–21 h.
  residential: [
    [
      0.45, 0.4, 0.37, 0.36, 0.37, 0.45, 0.62, 0.78, 0.72, 0.62, 0.58, 0.58, 0.6, 0.6, 0.62, 0.68, 0.8, 0.95, 1.05, 1.1, 1.08, 0.98, 0.8,
      0.6,
    ],
    [
      0.5, 0.43, 0.39, 0.37, 0.37, 0.4, 0.48, 0.6, 0.72, 0.8, 0.82, 0.82, 0.8, 0.78, 0.76, 0.78, 0.85, 0.97, 1.05, 1.08, 1.05, 0.96, 0.8,
      0.62,
    ],
  ],
  // Occupied plateau about 07–19 on weekdays, low nights and weekends [unverified shape].
  commercial: [
    [
      0.35, 0.35, 0.35, 0.35, 0.36, 0.45, 0.7, 0.95, 1.1, 1.15, 1.15, 1.15, 1.15, 1.15, 1.15, 1.12, 1.08, 1.0, 0.8, 0.6, 0.5, 0.42, 0.38,
      0.36,
    ],
    [
      0.35, 0.35, 0.35, 0.35, 0.35, 0.36, 0.4, 0.45, 0.5, 0.52, 0.53, 0.53, 0.53, 0.53, 0.52, 0.5, 0.48, 0.45, 0.42, 0.4, 0.38, 0.37, 0.36,
      0.35,
    ],
  ],
  industrial: [
    [0.8, 0.8, 0.8, 0.8, 0.8, 0.85, 0.95, 1.1, 1.15, 1.15, 1.15, 1.15, 1.12, 1.15, 1.15, 1.12, 1.05, 0.95, 0.9, 0.88, 0.85, 0.82, 0.8, 0.8],
    [0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.72, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.74, 0.73, 0.72, 0.71, 0.7, 0.7, 0.7, 0.7],
  ],
};

export interface ClassParams {
  /** Mean non-HVAC load, kW. */
  baseKw: number;
  /** Cooling kW per °C above the set point (homes with AC). */
  coolKwPerC: number;
  /** Share of the class with air conditioning (the cooling term is scaled by it). */
  acShare: number;
  coolSetpointC: number;
  /** Heating kW per °C below the balance point: electric heat, and furnace fan for gas heat. */
  heatKwPerC: number;
  fanKwPerC: number;
  heatBalanceC: number;
  electricHeatShare: number;
  pvKw: [number, number];
  evKw: number;
  /** Share of the class's chargers that are Level 1 (120 V, 1.8 kW) rather than `evKw`. */
  levelOneShare: number;
  evKwhPerDay: number;
  evDailyChance: number;
}

export const PARAMS: Record<MeterClass, ClassParams> = {
  residential: {
    baseKw: 0.88,
    coolKwPerC: 0.27,
    acShare: 0.9,
    coolSetpointC: 22,
    heatKwPerC: 0.1,
    fanKwPerC: 0.008,
    heatBalanceC: 16,
    electricHeatShare: 0.3,
    // Uniform 4–9 kW DC (mean 6.5): the US median new residential system was 6.4 kW in 2018 and 7.4 kW in
    // 2023 (LBNL Tracking the Sun; data/README.md). Not tuned to the PV export share (held out).
    pvKw: [4, 9],
    evKw: 7.2,
    levelOneShare: 0.15,
    // A day's driving at home: 35 mi at 4.2 mi/kWh ≈ 8 kWh (Clean Fuels Ohio, "The Basic Math of Home
    // Charging Needs", 2016). Plugged in on 80% of days (calibration; the EV Project counted 1.05 charge
    // events per driving day, 84% of them at home: FACTS.md I.6). The RECS 2020 figure of 2,363 kWh a
    // year per EV household is held out (tests/fidelity/figures/energy.ts).
    evKwhPerDay: 8,
    evDailyChance: 0.8,
  },
  commercial: {
    baseKw: 9,
    // Cooling and heating slopes calibrated to the end-use shares of commercial buildings'
    // electricity in CBECS 2003 (EIA Annual Energy Review, Table 2.11): cooling 481 and space heating
    // 167 of 3,559 trillion Btu, 13.5% and 4.7% (they were 20% and 11% with 1.6, 0.8 and 0.1).
    coolKwPerC: 0.9,
    acShare: 1,
    coolSetpointC: 18,
    heatKwPerC: 0.28,
    fanKwPerC: 0.035,
    heatBalanceC: 12,
    electricHeatShare: 0.3,
    pvKw: [20, 150],
    evKw: 19.2,
    levelOneShare: 0,
    evKwhPerDay: 40,
    evDailyChance: 0.7,
  },
  industrial: {
    baseKw: 320,
    coolKwPerC: 9,
    acShare: 1,
    coolSetpointC: 18,
    heatKwPerC: 4,
    fanKwPerC: 0.5,
    heatBalanceC: 10,
    electricHeatShare: 0.2,
    pvKw: [200, 1000],
    evKw: 50,
    levelOneShare: 0,
    evKwhPerDay: 300,
    evDailyChance: 0.9,
  },
};
