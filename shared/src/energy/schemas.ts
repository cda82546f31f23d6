/**
 * Smart-meter records as the API serves them: the meter inventory and 15-minute interval reads with
 * the quality flags of meter data validation (VEE). Net export from rooftop PV is a second, reverse
 * channel (Green Button `flowDirection` 19) and also shows as a negative net value.
 */
import { z } from 'zod';
import { MeterClassSchema } from '../city/schemas';
import { IsoTimeSchema, SlugSchema } from '../common/schemas';

export const MeterIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+-(res|com|ind)-\d{5}$/, 'must look like `northland-res-00042`')
  .describe('Meter id: district, class and a 5-digit number, e.g. `northland-res-00042`.');

export const MeterSchema = z.object({
  id: MeterIdSchema,
  meterClass: MeterClassSchema,
  districtId: SlugSchema,
  feederId: SlugSchema,
  hasPv: z.boolean().describe('Rooftop PV behind the meter.'),
  pvKw: z.number().min(0).describe('PV nameplate, kW DC (0 without PV).'),
  hasEv: z.boolean().describe('An EV charger behind the meter at the scenario EV share.'),
  evChargerKw: z.number().min(0).describe('Charger power, kW (0 without EV).'),
  hasElectricHeat: z.boolean().describe('Heat pump or resistance heat (otherwise gas heat with an electric fan).'),
});
export type Meter = z.infer<typeof MeterSchema>;

export const ReadingQualitySchema = z.enum(['actual', 'estimated', 'missing']);
export type ReadingQuality = z.infer<typeof ReadingQualitySchema>;

export const MeterReadingSchema = z.object({
  meterId: MeterIdSchema,
  start: IsoTimeSchema.describe('Interval start, UTC.'),
  durationS: z.literal(900).describe('Interval length, seconds (15 minutes).'),
  kwh: z.number().nullable().describe('Net energy, kWh: import minus export (negative = net export). Null when missing.'),
  importKwh: z.number().min(0).nullable().describe('Delivered to the customer, kWh (Green Button flowDirection 1).'),
  exportKwh: z.number().min(0).nullable().describe('Received from the customer, kWh (Green Button flowDirection 19).'),
  quality: ReadingQualitySchema.describe('VEE flag: actual read, estimated by the MDM, or missing.'),
});
export type MeterReading = z.infer<typeof MeterReadingSchema>;

export const LoadGroupBySchema = z.enum(['district', 'feeder', 'class']);
export type LoadGroupBy = z.infer<typeof LoadGroupBySchema>;

export const LoadIntervalSchema = z.object({
  groupBy: LoadGroupBySchema,
  groupId: z.string().min(1).describe('District id, feeder id or meter class.'),
  start: IsoTimeSchema,
  durationS: z.literal(900),
  kwh: z.number().describe('Sum of net kWh over meters with a value (missing reads left out).'),
  demandKw: z.number().describe('Average net demand over the interval, kW (= kwh × 4).'),
  meters: z.number().int().min(0).describe('Meters in the group.'),
  reporting: z.number().int().min(0).describe('Meters with an actual or estimated value in this interval.'),
});
export type LoadInterval = z.infer<typeof LoadIntervalSchema>;

export const PeakDemandSchema = z.object({
  groupBy: LoadGroupBySchema,
  groupId: z.string().min(1),
  peakKw: z.number().describe('Highest 15-minute average demand in the window, kW.'),
  peakStart: IsoTimeSchema.describe('Start of the peak interval, UTC.'),
  totalKwh: z.number(),
});
export type PeakDemand = z.infer<typeof PeakDemandSchema>;
