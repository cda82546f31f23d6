/**
 * How the importer turns a district's households and jobs into its meter population and feeders.
 * The numbers are assumptions, stated once here and in docs/add-your-own-city.md ("Meters").
 */
import type { District, MeterGroup } from '../schemas';

type Feeder = District['feeders'][number];

/** Meters per distribution circuit: Columbus's gridSMART program, ~110,000 meters on ~70 circuits (docs/decisions/110). */
export const METERS_PER_FEEDER = 1_600;
/**
 * Jobs per commercial or industrial meter. [assumption] The US has roughly 160 M jobs and roughly 19 M
 * commercial and industrial electricity customers (EIA-861 order of magnitude): about 8 jobs a meter.
 */
export const JOBS_PER_BUSINESS_METER = 8;
/** Industrial share of business meters: 250 of Columbus's 10,000 C&I meters (docs/decisions/110). */
export const INDUSTRIAL_SHARE = 0.025;
/** The largest group the schema allows (meter ids have five digits). */
export const MAX_GROUP = 99_999;

export interface DistrictPopulation {
  id: string;
  name: string;
  households: number;
  jobs: number;
  meteredShare: number;
  pvShare: number;
  evShare: number;
  feeders?: number | undefined;
}

export interface DistrictMeters {
  groups: MeterGroup[];
  feeders: Feeder[];
}

/**
 * Residential meters = households × metered share; business meters = jobs ÷ 8 × metered share,
 * 2.5% of them industrial. Every class shares the district's PV and EV shares. A district with no
 * meters gets no feeders (the map and load summaries then leave it out, as in Columbus's downtown).
 */
export function metersFor(district: DistrictPopulation): DistrictMeters {
  const residential = Math.round(district.households * district.meteredShare);
  const business = Math.round((district.jobs / JOBS_PER_BUSINESS_METER) * district.meteredShare);
  const industrial = Math.round(business * INDUSTRIAL_SHARE);
  const counts = { residential, commercial: business - industrial, industrial } as const;
  const groups: MeterGroup[] = [];
  for (const meterClass of ['residential', 'commercial', 'industrial'] as const) {
    const count = counts[meterClass];
    if (count > 0) groups.push({ districtId: district.id, meterClass, count, pvShare: district.pvShare, evShare: district.evShare });
  }
  const total = residential + business;
  const feederCount = total === 0 ? 0 : (district.feeders ?? Math.max(1, Math.ceil(total / METERS_PER_FEEDER)));
  const feeders = Array.from({ length: feederCount }, (_, i) => ({ id: `${district.id}-${i + 1}`, name: `${district.name} ${i + 1}` }));
  return { groups, feeders };
}
