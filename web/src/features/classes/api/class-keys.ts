/**
 * The teacher keys of the classes opened in this browser, in localStorage (the server shows a key
 * once). The teacher link carries the key in its fragment (`#key=…`), which browsers never send to
 * the server, so it is in no server log; opening it keeps the key here too.
 */
import { localList } from '../../../state/local-json';

const TEACHER_KEY = 'sandbox.classes.teacher';

export interface TaughtClass {
  code: string;
  name: string;
  key: string;
  createdAt: string;
}

const taught = localList<TaughtClass>(TEACHER_KEY, 50);

/** Classes opened in this browser, newest first. */
export const taughtClasses = taught.all;
export const rememberTaughtClass = taught.remember;

/** The key of class `code`: from the link's fragment (`#key=…`), else the one kept in this browser. */
export function teacherKey(code: string, hash: string): string | undefined {
  const fromLink = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return fromLink ?? taughtClasses().find((c) => c.code === code)?.key;
}
