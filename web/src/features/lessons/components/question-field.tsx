/**
 * One question: its text, an input for its kind (a number with its tolerance, a choice as radio
 * buttons, a pick from a list), and once checked, right or wrong in words (not colour alone): the
 * hint after a wrong answer, the explanation (with the answer) after a right one.
 */
import type { Lesson, LessonCheck } from '@sandbox/shared/lessons/schemas';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type LessonT, lessonT, questionKey } from '../lesson-text';

type Question = Lesson['questions'][number];
type Result = LessonCheck['results'][number];

interface Props {
  lessonId: string;
  index: number;
  question: Question;
  params: Record<string, string>;
  value: string;
  onChange: (value: string) => void;
  result: Result | undefined;
  /** An entity's name (station, agency) for a pick option or answer. */
  nameOf: (id: string) => string;
}

/**
 * A question's unit as the reader's language writes it: a number of hours is "h" / "시간"; a clock
 * hour (`hourOfDay`, 0–23) is "h" / "시" beside its field, its tolerance a number of hours, and its
 * explanation writes the hour itself ("At about 18:00", "약 18시"). kWh, kW, ppb and µg/m³ read
 * the same in both languages.
 */
function unitLabels(t: TFunction, unit: string | undefined): { field: string; tolerance: string; answer: string } {
  if (unit === 'h') return { field: t('lessons.ui.hours'), tolerance: t('lessons.ui.hours'), answer: t('lessons.ui.hours') };
  if (unit === 'hourOfDay') return { field: t('lessons.ui.hourOfDay'), tolerance: t('lessons.ui.hours'), answer: '' };
  return { field: unit ?? '', tolerance: unit ?? '', answer: unit ?? '' };
}

/** The computed answer as the explanation states it: a number with its unit, an option's or entity's name. */
function answerText(
  text: LessonT,
  lessonId: string,
  question: Question,
  answer: string | number,
  nameOf: (id: string) => string,
  unit: string,
) {
  if (question.kind === 'number') return [String(answer), unit].join(' ').trim();
  if (question.kind === 'choice') return text(questionKey(lessonId, question.id, `options.${answer}`));
  return nameOf(String(answer));
}

export function QuestionField({ lessonId, index, question, params, value, onChange, result, nameOf }: Props) {
  const { t } = useTranslation();
  const text = lessonT(t);
  const id = `q-${question.id}`;
  const label = text(questionKey(lessonId, question.id, 'text'), params);
  const status = result ? (result.correct ? 'right' : 'wrong') : undefined;
  const unit = unitLabels(t, question.unit);
  return (
    <li className={`lesson-question${status ? ` lesson-question--${status}` : ''}`}>
      {question.kind === 'choice' ? (
        <fieldset>
          <legend>
            <span className="lesson-question__number">{`${index + 1}.`}</span> {label}
          </legend>
          {question.options?.map((option) => (
            <label key={option} className="lesson-question__option">
              <input type="radio" name={id} value={option} checked={value === option} onChange={() => onChange(option)} />
              {text(questionKey(lessonId, question.id, `options.${option}`))}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={id}>
            <span className="lesson-question__number">{`${index + 1}.`}</span> {label}
          </label>
          {question.kind === 'number' ? (
            <div className="lesson-question__input">
              <input
                id={id}
                type="number"
                step="any"
                inputMode="decimal"
                value={value}
                aria-describedby={`${id}-tolerance`}
                onChange={(e) => onChange(e.target.value)}
              />
              {unit.field ? <span>{unit.field}</span> : null}
              <small id={`${id}-tolerance`}>
                {question.tolerance
                  ? t('lessons.ui.tolerance', { tolerance: question.tolerance, unit: unit.tolerance })
                  : t('lessons.ui.exact')}
              </small>
            </div>
          ) : (
            <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
              <option value="">{t('lessons.ui.choose')}</option>
              {question.options?.map((option) => (
                <option key={option} value={option}>
                  {nameOf(option)}
                </option>
              ))}
            </select>
          )}
        </>
      )}
      {result ? (
        <div className="lesson-question__result" data-testid={`result-${question.id}`}>
          <p className="lesson-question__verdict">
            <span aria-hidden="true">{result.correct ? '✓' : '✗'}</span> {result.correct ? t('lessons.ui.right') : t('lessons.ui.wrong')}
          </p>
          {result.hintKey ? (
            <p>
              <strong>{t('lessons.ui.hint')}:</strong> {text(result.hintKey, params)}
            </p>
          ) : null}
          {result.explanationKey && result.answer !== undefined ? (
            <p>
              <strong>{t('lessons.ui.explanation')}:</strong>{' '}
              {text(result.explanationKey, { ...params, answer: answerText(text, lessonId, question, result.answer, nameOf, unit.answer) })}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
