/**
 * MSW handlers of the saved-scenario routes over an in-memory store, for component tests: bodies
 * validated by the contract's schemas, answers shaped by them, ETags and `If-Match` as the server
 * does (412 stale, 428 missing), newest change first, `q` searched in names and notes.
 */

import { savedScenarioRoutes as routes } from '@sandbox/shared/saved/contract';
import { type SavedScenario, SavedScenarioCreateSchema, SavedScenarioInputSchema } from '@sandbox/shared/saved/schemas';
import { viewAddress } from '@sandbox/shared/scenario/address';
import { HttpResponse, http } from 'msw';

const problem = (status: number, message: string) => HttpResponse.json({ error: String(status), message }, { status });
const withEtag = (record: SavedScenario, status = 200) => HttpResponse.json(record, { status, headers: { etag: `"${record.version}"` } });

export function createSavedHandlers() {
  const records = new Map<string, SavedScenario>();
  let next = 0;
  const now = () => new Date(Date.UTC(2026, 11, 6, 10, 0, next)).toISOString();

  /** A guarded write's precondition: the record, or the answer refusing it. */
  const guarded = (id: string, ifMatch: string | null): SavedScenario | Response => {
    const record = records.get(id);
    if (!record) return problem(404, `No saved scenario "${id}".`);
    if (!ifMatch) return problem(428, 'If-Match is required.');
    if (ifMatch !== '*' && ifMatch !== `"${record.version}"`) return problem(412, `Saved scenario "${id}" was changed.`);
    return record;
  };

  const store = (
    fields: Omit<SavedScenario, 'id' | 'version' | 'shareUrl' | 'createdAt' | 'updatedAt' | 'address'>,
    base?: SavedScenario,
  ) => {
    next++;
    const id = base?.id ?? `mock${String(next).padStart(8, '0')}`;
    const record: SavedScenario = {
      ...fields,
      id,
      version: (base?.version ?? 0) + 1,
      shareUrl: `/s/share${String(next).padStart(4, '0')}`,
      createdAt: base?.createdAt ?? now(),
      updatedAt: now(),
      address: viewAddress(fields.scenario, fields.view),
    };
    // Re-inserted, so iteration order is the order of changes.
    records.delete(id);
    records.set(id, record);
    return record;
  };

  return [
    http.get(routes.listSaved.path, ({ request }) => {
      const url = new URL(request.url);
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const matching = [...records.values()].reverse().filter((r) => `${r.name}\n${r.notes}`.toLowerCase().includes(q));
      const items = matching.slice(offset, offset + limit).map(({ scenario, view, address: _, ...rest }) => ({
        ...rest,
        city: scenario.city,
        page: view.page,
      }));
      const nextCursor = offset + limit < matching.length ? String(offset + limit) : null;
      return HttpResponse.json({ items, total: matching.length, nextCursor });
    }),
    http.post(routes.createSaved.path, async ({ request }) => {
      const parsed = SavedScenarioCreateSchema.safeParse(await request.json());
      // Named like the server's 400: the field's path, then what is wrong with it.
      const issue = parsed.error?.issues[0];
      if (!parsed.success) return problem(400, issue ? `Invalid body field "${issue.path.join('.')}": ${issue.message}` : 'invalid');
      const { name, notes, scenario, view } = parsed.data;
      return withEtag(store({ name, notes, scenario, view }), 201);
    }),
    http.get('/api/scenarios/:id', ({ params }) => {
      const record = records.get(String(params.id));
      return record ? withEtag(record) : problem(404, `No saved scenario "${params.id}".`);
    }),
    http.put('/api/scenarios/:id', async ({ params, request }) => {
      const current = guarded(String(params.id), request.headers.get('if-match'));
      if (current instanceof Response) return current;
      const parsed = SavedScenarioInputSchema.safeParse(await request.json());
      if (!parsed.success) return problem(400, parsed.error.issues[0]?.message ?? 'invalid');
      return withEtag(store(parsed.data, current));
    }),
    http.delete('/api/scenarios/:id', ({ params, request }) => {
      const current = guarded(String(params.id), request.headers.get('if-match'));
      if (current instanceof Response) return current;
      records.delete(current.id);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
