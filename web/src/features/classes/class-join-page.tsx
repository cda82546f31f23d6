/**
 * A student's way into a class (`/class/<code>`): the class's name, a field for the student's name,
 * then the app in student mode with the student's own sealed scenario (no levers, no faults).
 */
import './classes.css';
import { StudentNameSchema } from '@sandbox/shared/classes/schemas';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { studentAddress } from '../../state/student-url';
import { Failure, Pending } from '../../ui/panel-state';
import { getClass, joinClass } from './api/class-api';

export function ClassJoinPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const code = (useParams().code ?? '').toUpperCase();
  const info = useQuery({
    queryKey: ['class', code],
    queryFn: ({ signal }) => getClass(code, signal),
    retry: (count, error) => !(error instanceof ApiRequestError && error.status < 500) && count < 2,
  });
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const valid = StudentNameSchema.safeParse(name).success;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      const seat = await joinClass(code, name);
      navigate(studentAddress(seat, code, i18n.language, info.data?.start));
    } catch (failure) {
      // A taken name is the student's to fix, so it is said in their language; anything else keeps the server's detail.
      if (failure instanceof ApiRequestError && failure.status === 409 && failure.field === 'student')
        setError(t('classes.join.nameTaken', { name: name.trim() }));
      else setError(t('classes.join.joinFailed', { reason: failure instanceof Error ? failure.message : String(failure) }));
      setBusy(false);
    }
  };

  if (info.isPending) return <Pending label={t('classes.join.loading')} />;
  if (info.error) {
    const missing = info.error instanceof ApiRequestError && (info.error.status === 404 || info.error.status === 400);
    // A missing class: the title says it in the reader's language; the server's (English) detail would only repeat it.
    return (
      <Failure
        title={missing ? t('classes.join.missing', { code }) : t('classes.join.failed')}
        {...(missing ? {} : { error: info.error })}
        {...(missing ? {} : { onRetry: () => void info.refetch() })}
      />
    );
  }
  return (
    <form className="classes classes--join card" onSubmit={(event) => void submit(event)}>
      <p className="eyebrow">{t('classes.join.eyebrow', { code })}</p>
      <h1>{info.data.name}</h1>
      <label htmlFor={id}>{t('classes.join.name')}</label>
      <input
        id={id}
        className="input"
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={40}
        autoComplete="name"
        aria-describedby={`${id}-help`}
        required
      />
      <p id={`${id}-help`} className="classes__help">
        {t('classes.join.nameHelp')}
      </p>
      {error ? (
        <p className="classes__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={!valid || busy}>
        {t('classes.join.go')}
      </button>
    </form>
  );
}
