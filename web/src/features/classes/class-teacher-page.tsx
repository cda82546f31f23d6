/**
 * A class's teacher page (`/classes/<code>`, the teacher link adds `#key=…`): the student link and
 * the teacher link to copy, and the progress (who answered what, right or wrong, when) as a table
 * and a CSV download. The key comes from the link's fragment or this browser, and is sent only as
 * `Authorization: Bearer`, never in a URL the server sees.
 */
import './classes.css';
import { useQuery } from '@tanstack/react-query';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { downloadCsv } from '../../ui/csv';
import { Empty, Failure, Pending } from '../../ui/panel-state';
import { classProgress, progressCsv } from './api/class-api';
import { rememberTaughtClass, teacherKey } from './api/class-keys';
import { CopyField } from './components/copy-field';
import { ProgressTable } from './components/progress-table';
import { StudentRoster } from './components/student-roster';

const PROGRESS_REFRESH_MS = 10_000;

export function ClassTeacherPage() {
  const { t, i18n } = useTranslation();
  const code = (useParams().code ?? '').toUpperCase();
  const { hash } = useLocation();
  const key = teacherKey(code, hash);
  const [csvError, setCsvError] = useState<string | null>(null);
  const progress = useQuery({
    queryKey: ['class-progress', code, key],
    queryFn: async ({ signal }) => {
      const answer = await classProgress(code, key ?? '', signal);
      if (key) rememberTaughtClass({ code, name: answer.name, key, createdAt: new Date().toISOString() });
      return answer;
    },
    enabled: key !== undefined,
    refetchInterval: PROGRESS_REFRESH_MS,
    retry: (count, error) => !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) && count < 2,
  });
  const origin = window.location.origin;
  const lang = `?lang=${i18n.language}`;

  const download = async () => {
    setCsvError(null);
    try {
      downloadCsv(`class-${code}-progress.csv`, await progressCsv(code, key ?? ''));
    } catch (failure) {
      setCsvError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  let body: ReactElement;
  if (!key) body = <Failure title={t('classes.teacher.noKey')} error={new Error(t('classes.teacher.noKeyHelp'))} />;
  else if (progress.isPending) body = <Pending label={t('classes.teacher.loading')} />;
  else if (progress.error) {
    const status = progress.error instanceof ApiRequestError ? progress.error.status : 0;
    const title =
      status === 404
        ? t('classes.teacher.missing', { code })
        : status === 403
          ? t('classes.teacher.wrongKey')
          : t('classes.teacher.failed');
    body = <Failure title={title} error={progress.error} onRetry={() => void progress.refetch()} />;
  } else {
    const data = progress.data;
    body = (
      <>
        <h1>{data?.name}</h1>
        <section className="card classes__links" aria-label={t('classes.teacher.links')}>
          <CopyField
            label={t('classes.teacher.studentLink')}
            value={`${origin}/class/${code}`}
            help={t('classes.teacher.studentLinkHelp', { code })}
          />
          <CopyField
            label={t('classes.teacher.teacherLink')}
            value={`${origin}/classes/${code}#key=${key}`}
            help={t('classes.teacher.teacherLinkHelp')}
          />
        </section>
        <section className="card classes__progress" aria-labelledby="class-progress">
          <div className="classes__progress-head">
            <h2 id="class-progress">{t('classes.teacher.progress')}</h2>
            <button type="button" className="button button--small button--quiet" onClick={() => void progress.refetch()}>
              {t('classes.teacher.refresh')}
            </button>
            <button type="button" className="button button--small" onClick={() => void download()}>
              {t('classes.teacher.csv')}
            </button>
          </div>
          {csvError ? (
            <p className="classes__error" role="alert">
              {csvError}
            </p>
          ) : null}
          {data && data.attempts.length > 0 ? (
            <ProgressTable attempts={data.attempts} timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone} />
          ) : (
            <Empty>{t('classes.teacher.empty')}</Empty>
          )}
        </section>
        {data ? <StudentRoster code={code} teacherKey={key} students={data.students} onFreed={() => void progress.refetch()} /> : null}
      </>
    );
  }

  return (
    <div className="classes classes--teacher">
      <p className="eyebrow">
        <Link to={`/classes${lang}`}>{t('classes.teacher.allClasses')}</Link> · {t('classes.teacher.code', { code })}
      </p>
      {body}
    </div>
  );
}
