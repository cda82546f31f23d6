/** Where each telemetry stream is shown, and the anchors of the Policy page. */
import type { TelemetryStream } from '@sandbox/shared/policy/schemas';

export const STREAM_PAGES = {
  air: { path: '/air', key: 'air' },
  energy: { path: '/energy', key: 'energy' },
  mobility: { path: '/mobility', key: 'mobility' },
  'open-data': { path: '/data', key: 'data' },
} as const satisfies Record<TelemetryStream, { path: string; key: string }>;

export const anchors = {
  event: (id: string) => `event-${id}`,
  program: (id: string) => `program-${id}`,
  agency: (id: string) => `agency-${id}`,
  year: (year: number) => `year-${year}`,
};

/** The program whose card gives each telemetry page its policy context. */
export const PAGE_PROGRAMS: Partial<Record<string, string>> = {
  air: 'village-green-project',
  energy: 'smart-grid-program',
  mobility: 'smart-columbus',
};
