/**
 * Loads the configured map engine as its own chunk and shows a placeholder meanwhile, so the
 * dashboard shell paints before ~1 MB of WebGL map code arrives.
 */
import './map-frame.css';
import { Component, type ErrorInfo, lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { env } from '../config/env';
import type { MapViewProps } from './map-view-props';

const MapView = lazy(() => (env.mapEngine === 'mapbox' ? import('./mapbox-map-view') : import('./maplibre-map-view')));

export function MapPlaceholder({ children }: { children: ReactNode }) {
  return (
    <div className="map-placeholder" role="status">
      {children}
    </div>
  );
}

function MapFailure({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <MapPlaceholder>
      <strong>{t('map.failedTitle')}</strong>
      <span>{t('map.failedBody', { message: error.message })}</span>
    </MapPlaceholder>
  );
}

function MapLoading() {
  const { t } = useTranslation();
  return <MapPlaceholder>{t('map.loading')}</MapPlaceholder>;
}

class MapErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('The map could not be shown', error, info.componentStack);
  }
  override render() {
    return this.state.error ? <MapFailure error={this.state.error} /> : this.props.children;
  }
}

export function LazyMap(props: MapViewProps) {
  return (
    <MapErrorBoundary>
      <Suspense fallback={<MapLoading />}>
        <MapView {...props} />
      </Suspense>
    </MapErrorBoundary>
  );
}
