/**
 * Loads the configured map engine as its own chunk and shows a placeholder meanwhile, so the
 * dashboard shell paints before ~1 MB of WebGL map code arrives.
 */
import { Component, type ErrorInfo, lazy, type ReactNode, Suspense } from 'react';
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

class MapErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('The map could not be shown', error, info.componentStack);
  }
  override render() {
    if (this.state.error) {
      return (
        <MapPlaceholder>
          <strong>The map could not be shown.</strong>
          <span>{this.state.error.message}. WebGL may be disabled in this browser; the charts still work.</span>
        </MapPlaceholder>
      );
    }
    return this.props.children;
  }
}

export function LazyMap(props: MapViewProps) {
  return (
    <MapErrorBoundary>
      <Suspense fallback={<MapPlaceholder>Loading the map…</MapPlaceholder>}>
        <MapView {...props} />
      </Suspense>
    </MapErrorBoundary>
  );
}
