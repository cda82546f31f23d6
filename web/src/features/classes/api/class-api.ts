/** The class routes (shared/src/classes/contract.ts) through the typed write client. */
import { classRoutes as routes } from '@sandbox/shared/classes/contract';
import type { ClassCreate } from '@sandbox/shared/classes/schemas';
import { apiText, apiWrite } from '../../../api/write-client';

export const createClass = async (body: ClassCreate) => (await apiWrite(routes.createClass, { body })).data;

export const getClass = async (code: string, signal?: AbortSignal) =>
  (await apiWrite(routes.getClass, { params: { code }, ...(signal ? { signal } : {}) })).data;

export const joinClass = async (code: string, student: string) =>
  (await apiWrite(routes.joinClass, { params: { code }, body: { student } })).data;

export const classProgress = async (code: string, key: string, signal?: AbortSignal) =>
  (await apiWrite(routes.classProgress, { params: { code }, token: key, ...(signal ? { signal } : {}) })).data;

/** The progress file's text (CSV), for the teacher to save. */
export const progressCsv = (code: string, key: string) => apiText(`/api/classes/${code}/progress.csv`, key);
