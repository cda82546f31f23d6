/**
 * Says when the clock plays but no frames arrive: the server stopped or the network dropped. The
 * map and figures then hold the last frame, and a pressed "Live" would otherwise claim they are live.
 * Shown only after a moment, so the stream's brief reconnect on a seek or speed change does not blink.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveFrames } from '../../api/live-frames';
import { useClock } from '../../state/clock/clock-provider';

/** How long the stream may be down before the page says so. */
const GRACE_MS = 3000;

export function StreamStatus() {
  const { t } = useTranslation();
  const { state } = useClock();
  const { status, error } = useLiveFrames();
  const down = state.playing && (status === 'reconnecting' || status === 'error');
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!down) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), GRACE_MS);
    return () => clearTimeout(timer);
  }, [down]);
  if (!down || !shown) return null;
  const reason = status === 'error' && error instanceof Error ? error.message : undefined;
  return (
    <p className="banner banner--alert" role="status" data-testid="stream-status">
      {status === 'reconnecting' ? t('clock.streamLost') : reason ? t('clock.streamEndedWhy', { reason }) : t('clock.streamEnded')}
    </p>
  );
}
