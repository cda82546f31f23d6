/**
 * How each tabular download flattens its records into CSV rows: the record field each documented
 * column (the contract's `csvColumns`, in its order) is read from, as a dotted path the type checks
 * against the record's schema. NDJSON lines are the records themselves.
 */
import type { contract } from '@sandbox/shared';
import type { RecordOf, TabularRoute } from './request';
import type { FieldPath } from './table';

/** The record field of every CSV column of a download (the type checks that each column has one). */
export type ColumnFields<K extends TabularRoute> = { [C in CsvColumnOf<K>]: FieldPath<RecordOf<K>> };
export type CsvColumnOf<K extends TabularRoute> = (typeof contract)[K]['csvColumns'][number];

export const CSV_FIELDS: { [K in TabularRoute]: ColumnFields<K> } = {
  exportAir: {
    station_id: 'stationId',
    time_utc: 'time',
    pm25_ug_m3: 'pm25UgM3',
    ozone_ppb: 'ozonePpb',
    no2_ppb: 'no2Ppb',
    temperature_c: 'temperatureC',
    relative_humidity_pct: 'relativeHumidityPct',
    wind_speed_m_s: 'windSpeedMps',
    wind_direction_deg: 'windDirectionDeg',
  },
  exportAirHourly: {
    station_id: 'stationId',
    hour_start_utc: 'time',
    pm25_ug_m3: 'pm25UgM3',
    ozone_ppb: 'ozonePpb',
    pm25_nowcast_ug_m3: 'pm25NowCastUgM3',
    ozone_nowcast_ppb: 'ozoneNowCastPpb',
    aqi: 'aqi.aqi',
    aqi_category: 'aqi.category',
    main_pollutant: 'mainPollutant',
  },
  exportMeters: {
    meter_id: 'meterId',
    start_utc: 'start',
    duration_s: 'durationS',
    net_kwh: 'kwh',
    import_kwh: 'importKwh',
    export_kwh: 'exportKwh',
    quality: 'quality',
  },
  exportLoad: {
    group_by: 'groupBy',
    group_id: 'groupId',
    start_utc: 'start',
    duration_s: 'durationS',
    net_kwh: 'kwh',
    import_kwh: 'importKwh',
    export_kwh: 'exportKwh',
    demand_kw: 'demandKw',
    meters: 'meters',
    reporting: 'reporting',
  },
  exportSegments: {
    segment_id: 'segmentId',
    start_utc: 'start',
    duration_s: 'durationS',
    volume_veh: 'volume',
    speed_m_s: 'speedMps',
    travel_time_s: 'travelTimeS',
    stops_veh: 'stops',
  },
  exportEvents: {
    kind: 'kind',
    time_utc: 'time',
    vehicle_id: 'vehicleId',
    temporary_id: 'temporaryId',
    corridor_id: 'corridorId',
    segment_id: 'segmentId',
    intersection_id: 'intersectionId',
    lng_deg: 'position.0',
    lat_deg: 'position.1',
    speed_m_s: 'speedMps',
    decel_m_s2: 'decelMps2',
  },
  // BSM Part I flattened as the ODE / ITS DataHub files are (FACTS.md F), J2735 integer units.
  exportBsm: {
    metadata_generatedAt: 'metadata.generatedAt',
    metadata_recordType: 'metadata.recordType',
    coreData_msgCnt: 'coreData.msgCnt',
    coreData_id: 'coreData.id',
    coreData_secMark: 'coreData.secMark',
    coreData_position_lat: 'coreData.lat',
    coreData_position_long: 'coreData.long',
    coreData_elevation: 'coreData.elev',
    coreData_accuracy_semiMajor: 'coreData.accuracy.semiMajor',
    coreData_accuracy_semiMinor: 'coreData.accuracy.semiMinor',
    coreData_accuracy_orientation: 'coreData.accuracy.orientation',
    coreData_transmission: 'coreData.transmission',
    coreData_speed: 'coreData.speed',
    coreData_heading: 'coreData.heading',
    coreData_angle: 'coreData.angle',
    coreData_accelset_accelLong: 'coreData.accelSet.long',
    coreData_accelset_accelLat: 'coreData.accelSet.lat',
    coreData_accelset_accelVert: 'coreData.accelSet.vert',
    coreData_accelset_accelYaw: 'coreData.accelSet.yaw',
    coreData_brakes_wheelBrakes: 'coreData.brakes.wheelBrakes',
    coreData_brakes_traction: 'coreData.brakes.traction',
    coreData_brakes_abs: 'coreData.brakes.abs',
    coreData_brakes_scs: 'coreData.brakes.scs',
    coreData_brakes_brakeBoost: 'coreData.brakes.brakeBoost',
    coreData_brakes_auxBrakes: 'coreData.brakes.auxBrakes',
    coreData_size_width: 'coreData.size.width',
    coreData_size_length: 'coreData.size.length',
    part2_vse_events: 'partII.vse.events',
  },
  exportTruth: {
    kind: 'kind',
    source: 'source',
    entity_type: 'entityType',
    entity_id: 'entityId',
    metric: 'metric',
    from_utc: 'from',
    to_utc: 'to',
    detail: 'detail',
  },
};
