/**
 * EPA eGRID subregions of the bundled and finalist cities, with their eGRID2023 (data year 2023) CO2
 * output emission rates, lb/MWh: USEPA/power-profiler `app/data/subregion.json`, shared/domain/FACTS.md
 * I.5 (RFCW for Columbus and Pittsburgh; ERCT Austin; RMPA Denver; SPNO Kansas City; NWPP Portland;
 * CAMX San Francisco). Average rates, not marginal ones.
 */
export const EGRID2023_CO2_LB_PER_MWH = {
  RFCW: 911.4,
  ERCT: 733.9,
  RMPA: 1036.6,
  SPNO: 862.0,
  NWPP: 631.7,
  CAMX: 428.5,
} as const;

export type EgridSubregion = keyof typeof EGRID2023_CO2_LB_PER_MWH;
export const EGRID_SUBREGIONS = Object.keys(EGRID2023_CO2_LB_PER_MWH) as [EgridSubregion, ...EgridSubregion[]];

const KG_PER_LB = 0.45359237;

/** Tonnes of CO2 per MWh drawn from the grid in `subregion` (RFCW ≈ 0.413 t/MWh). */
export function gridCo2TonnesPerMwh(subregion: EgridSubregion): number {
  return (EGRID2023_CO2_LB_PER_MWH[subregion] * KG_PER_LB) / 1000;
}
