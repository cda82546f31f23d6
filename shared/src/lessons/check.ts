/**
 * Marking one answer against the computed one. The server's attempt handler (one function, so a
 * class store can later record each attempt) calls these after computing the answers.
 */
import type { AnswerValue, QuestionDef } from './model';

/** Slack for numbers written back from a rounded display (0.1 + 0.2 ≠ 0.3). */
const EPSILON = 1e-9;

/** Why a given value cannot be an answer to `question` (wrong type, not an option), or undefined. */
export function answerProblem(question: QuestionDef, given: AnswerValue): string | undefined {
  if (question.kind === 'number') return typeof given === 'number' && Number.isFinite(given) ? undefined : 'must be a number';
  if (typeof given !== 'string') return 'must be a string';
  const options = question.options ?? [];
  return options.includes(given) ? undefined : `must be one of ${options.join(', ')}`;
}

/** Whether `given` is right: numbers within the stated tolerance, choices and picks equal. */
export function isRight(question: QuestionDef, given: AnswerValue, answer: AnswerValue): boolean {
  if (question.kind === 'number') {
    return typeof given === 'number' && typeof answer === 'number' && Math.abs(given - answer) <= (question.tolerance ?? 0) + EPSILON;
  }
  return given === answer;
}
