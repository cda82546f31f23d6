/**
 * Loads `data/policy/` once, at boot: each file through its shared schema, then the cross references
 * between files (every agency, program and source id must exist). A bad file stops the server with a
 * message naming the file and field, like the city files. Each language is serialized once.
 */
import { join, resolve } from 'node:path';
import {
  localizePolicy,
  POLICY_LANGUAGES,
  PolicyAgencyFileSchema,
  type PolicyData,
  type PolicyLanguage,
  PolicyProgramFileSchema,
  PolicySourceFileSchema,
  PolicyTimelineFileSchema,
  policyIssues,
} from '@sandbox/shared';
import { DataError, fieldPath, problemLines, readValidated } from './city-store';

export interface PolicyStore {
  /** The pre-serialized answer of `GET /api/policy?lang=`. */
  json(lang: PolicyLanguage): string;
}

export async function loadPolicyStore(dataDir: string): Promise<PolicyStore> {
  const folder = join(dataDir, 'policy');
  const read = <T>(file: string, schema: Parameters<typeof readValidated<T>>[1]) => readValidated(join(folder, file), schema);
  const data: PolicyData = {
    sources: await read('sources.json', PolicySourceFileSchema),
    agencies: await read('agencies.json', PolicyAgencyFileSchema),
    programs: await read('programs.json', PolicyProgramFileSchema),
    timeline: await read('timeline.json', PolicyTimelineFileSchema),
  };
  const issues = policyIssues(data);
  if (issues.length > 0) {
    throw new DataError(
      problemLines(issues.map((issue) => ({ file: resolve(folder, issue.file), field: fieldPath(issue.path), message: issue.message }))),
    );
  }
  const serialized = new Map(POLICY_LANGUAGES.map((lang) => [lang, JSON.stringify(localizePolicy(data, lang))]));
  return { json: (lang) => serialized.get(lang) ?? '' };
}
