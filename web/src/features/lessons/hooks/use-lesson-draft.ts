/**
 * What a student typed into a lesson and the lesson's last check, kept in this tab's sessionStorage:
 * a reload, or a step's page and back, finds them again (a teacher watched a reload wipe a half-done
 * lesson). One entry per lesson and student, gone with the tab, so a shared school computer keeps
 * nothing after it. Read back through zod: anything unreadable is an empty draft.
 */

import { type LessonCheck, LessonCheckSchema } from '@sandbox/shared/lessons/schemas';
import { normalizeName } from '@sandbox/shared/lessons/seeds';
import { useState } from 'react';
import { z } from 'zod';
import { readLocalJson, writeLocalJson } from '../../../state/local-json';
import type { Student } from '../api/lesson-queries';

const DraftSchema = z.object({
  values: z.record(z.string().max(64), z.string().max(200)),
  check: LessonCheckSchema.optional(),
});

export interface LessonDraft {
  /** The fields as typed, by question id. */
  values: Record<string, string>;
  /** The last check's answer. */
  check?: LessonCheck;
}

const EMPTY: LessonDraft = { values: {} };

/** One key per lesson and student; the parts as a JSON list, so no class code or name can run into the next part. */
export const draftKey = (lessonId: string, { classCode, name }: Student) =>
  `sandbox.lesson:${JSON.stringify([lessonId, normalizeName(classCode), normalizeName(name)])}`;

const tab = () => window.sessionStorage;

function readDraft(key: string): LessonDraft {
  const parsed = DraftSchema.safeParse(readLocalJson(key, tab));
  return parsed.success ? parsed.data : EMPTY;
}

/** The lesson's draft and a setter that keeps it. The view is keyed by lesson and student, so the key is fixed for its life. */
export function useLessonDraft(lessonId: string, student: Student): [LessonDraft, (update: (draft: LessonDraft) => LessonDraft) => void] {
  const key = draftKey(lessonId, student);
  const [draft, setDraft] = useState(() => readDraft(key));
  const update = (change: (draft: LessonDraft) => LessonDraft) =>
    setDraft((current) => {
      const next = change(current);
      writeLocalJson(key, next, tab);
      return next;
    });
  return [draft, update];
}
