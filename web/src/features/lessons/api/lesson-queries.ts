/**
 * The Lessons page's requests, typed by the lessons' write-route contract: the list, one student's
 * copy of a lesson (their seed from class code and name), and the check (a mutation).
 */
import { lessonRoutes as routes } from '@sandbox/shared/lessons/contract';
import type { LessonCheckBody } from '@sandbox/shared/lessons/schemas';
import { queryOptions } from '@tanstack/react-query';
import { apiWrite } from '../../../api/write-client';
import { seatOf } from '../../../state/class-seats';

/** Who is answering: both empty means the lesson's default scenario. */
export interface Student {
  classCode: string;
  name: string;
}

const studentQuery = ({ classCode, name }: Student) => ({
  class: classCode.trim() || undefined,
  student: classCode.trim() && name.trim() ? name.trim() : undefined,
});

export const lessonListQuery = () =>
  queryOptions({
    queryKey: ['lessons'],
    queryFn: async ({ signal }) => (await apiWrite(routes.listLessons, { signal })).data,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const lessonQuery = (id: string, student: Student) => {
  const query = studentQuery(student);
  return queryOptions({
    queryKey: ['lessons', id, query],
    queryFn: async ({ signal }) => (await apiWrite(routes.getLesson, { params: { id }, query, signal })).data,
  });
};

export async function checkLesson(id: string, student: Student, answers: LessonCheckBody['answers']) {
  const { class: classCode, student: name } = studentQuery(student);
  // The seat this browser got when it joined the class with this name: without it nothing reaches the teacher.
  const seat = classCode && name ? seatOf(classCode, name) : undefined;
  const body: LessonCheckBody = {
    answers,
    ...(classCode ? { class: classCode } : {}),
    ...(name ? { student: name } : {}),
    ...(seat ? { seat } : {}),
  };
  return (await apiWrite(routes.checkLesson, { params: { id }, body })).data;
}
