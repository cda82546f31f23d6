/**
 * One tile per variant: how many figures moved by more than the seed-to-seed variation, in words.
 * Seeds over the server's cost cap for this window and these variants are not asked for: the band
 * uses as many as fit and a note above the tiles says so (none fit: the note says what would); a
 * band the server refused anyway shows the server's own message.
 */
import type { LabScorecard } from '@sandbox/shared/lab/schemas';
import { useTranslation } from 'react-i18next';
import { KpiGrid, KpiTile } from '../../../ui/kpi-tile';
import { Failure, isUnreachable, Pending } from '../../../ui/panel-state';

interface Props {
  /** The comparison over several seeds, once it has arrived. */
  band: LabScorecard | undefined;
  variants: number;
  /** What each variant changes, short (`changesSummary`), in slot order: named on its tile. */
  changes: readonly string[];
  /** The seeds the band uses: those asked for, or as many as fit the cap. */
  seeds: number;
  /** The seeds asked for (the URL's). */
  asked: number;
  /** The most seeds within the server's cost cap for this window and these variants. */
  maxSeeds: number;
  days: number;
  pending: boolean;
  /** Why the band failed, when it did. */
  failed: Error | null;
  /** Asks for the band again (after a failure). */
  onRetry: () => void;
}

export function VerdictTiles({ band, variants, changes, seeds, asked, maxSeeds, days, pending, failed, onRetry }: Props) {
  const { t } = useTranslation();
  if (variants === 0) return null;
  const scenarios = variants + 1;
  const reduced =
    asked > seeds ? (
      <p className="lab-note" data-testid="lab-over-cap">
        {maxSeeds < 2
          ? t('lab.verdict.overCapOne', { seeds: asked, days, scenarios })
          : t('lab.verdict.seedsReduced', { seeds: asked, days, scenarios, max: maxSeeds })}
      </p>
    ) : null;
  if (seeds < 2) return reduced ?? <p className="lab-note">{t('lab.verdict.oneSeed')}</p>;
  return (
    <>
      {reduced}
      <Verdicts band={band} changes={changes} seeds={seeds} pending={pending} failed={failed} onRetry={onRetry} />
    </>
  );
}

function Verdicts({
  band,
  changes,
  seeds,
  pending,
  failed,
  onRetry,
}: Pick<Props, 'band' | 'changes' | 'seeds' | 'pending' | 'failed' | 'onRetry'>) {
  const { t } = useTranslation();
  if (failed) {
    // The panels' own failure state (as on the Saved page): what failed, why, and a retry.
    return isUnreachable(failed) ? (
      <Failure title={t('lab.verdict.failed')} error={failed} onRetry={onRetry} />
    ) : (
      <Failure title={t('lab.verdict.failedWith', { message: failed.message })} onRetry={onRetry} />
    );
  }
  if (!band) return pending ? <Pending label={t('lab.verdict.pending', { count: seeds })} /> : null;
  return (
    <KpiGrid label={t('lab.verdict.tilesLabel')} className="lab-tiles">
      {band.comparisons.map((comparison, i) => {
        const judged = comparison.kpis.filter((k) => k.verdict !== null).length;
        return (
          <KpiTile
            key={comparison.variant}
            testId={`lab-verdict-${i + 1}`}
            label={t('lab.verdict.tileLabel', { variant: t('lab.variant', { n: i + 1 }), changes: changes[i] ?? '' })}
            value={
              <span className={comparison.effects > 0 ? 'lab-verdict lab-verdict--effect' : 'lab-verdict lab-verdict--noise'}>
                {comparison.effects > 0 ? t('lab.verdict.effect') : t('lab.verdict.noise')}{' '}
                <small>{t('lab.verdict.tileValue', { effects: comparison.effects, judged })}</small>
              </span>
            }
            detail={
              comparison.effects > 0
                ? t('lab.verdict.tileDetailEffect', { seeds: band.seeds })
                : t('lab.verdict.tileDetailNoise', { seeds: band.seeds })
            }
          />
        );
      })}
    </KpiGrid>
  );
}
