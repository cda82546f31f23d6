/**
 * How people get into the room: the join code in large type, a QR code of the room's address on the
 * local network, and that address written out. When the server listens on this computer only, the
 * card says how to open it to the room's network (phones cannot open "localhost").
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { readAddresses } from '../api/room-api';
import { QrCode } from './qr-code';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export const isLoopback = (address: string) => {
  try {
    return LOOPBACK.test(new URL(address).hostname);
  } catch {
    return false;
  }
};

/** The code in two groups of three, easier to read aloud and to copy from across a room. */
export const spacedCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export function JoinCard({ code }: { code: string }) {
  const { t } = useTranslation();
  const addresses = useQuery({
    queryKey: ['room-addresses', code],
    queryFn: () => readAddresses(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const fallback = `${window.location.origin}/join/${code}`;
  const list = addresses.data?.length ? addresses.data : [fallback];
  const address = list.find((a) => !isLoopback(a)) ?? list[0] ?? fallback;
  return (
    <section className="join-card" aria-labelledby="join-card-title">
      <h2 id="join-card-title" className="join-card__title">
        {t('rooms.join.scan')}
      </h2>
      <div className="join-card__body">
        <QrCode text={address} label={t('rooms.join.qr', { address })} />
        <div>
          <p className="join-card__label">{t('rooms.join.code')}</p>
          <p className="join-card__code" data-testid="join-code">
            {spacedCode(code)}
          </p>
          <p className="join-card__label">{t('rooms.join.at')}</p>
          <p className="join-card__address" data-testid="join-address">
            {address}
          </p>
          {isLoopback(address) ? <p className="join-card__note">{t('rooms.join.localOnly')}</p> : null}
        </div>
      </div>
    </section>
  );
}
