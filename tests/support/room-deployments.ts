/**
 * Where the rooms e2e plays: one server on SQLite (restarted in the middle), or two server instances
 * sharing one PostgreSQL, as behind a load balancer (the facilitator and one team on the first, the
 * other teams on the second, which is restarted in the middle): a change taken by one instance must
 * reach the pages of the other through the database (LISTEN/NOTIFY).
 */
import { type PostgresInstance, postgresUnavailable, startPostgres } from '../../server/src/store/test/postgres-instance';
import { freePort, type RunningServer, startServer, tempStateDir } from './server';

export interface Deployment {
  /** The facilitator's instance; the test's own checks ask it too. */
  front(): RunningServer;
  /** The instance the participant of team `index` (0, 1, 2) opens. */
  participant(index: number): RunningServer;
  /** Restarts the instance(s) that hold participants' streams, on the same port and state. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const BASE_ENV = { RATE_LIMIT_PER_MINUTE: '0' };

export async function sqliteDeployment(): Promise<Deployment> {
  const env = { ...BASE_ENV, STATE_DIR: tempStateDir() };
  const port = await freePort();
  let server = await startServer(env, port);
  return {
    front: () => server,
    participant: () => server,
    async restart() {
      if ((await server.stop()) !== 0) throw new Error(`the server did not stop cleanly: ${server.output()}`);
      server = await startServer(env, port);
    },
    stop: async () => void (await server.stop()),
  };
}

export const postgresMissing = postgresUnavailable();

export async function postgresDeployment(): Promise<Deployment> {
  const postgres: PostgresInstance = await startPostgres();
  const env = { ...BASE_ENV, DATABASE_URL: await postgres.freshDatabase() };
  const [portA, portB] = [await freePort(), await freePort()];
  const a = await startServer(env, portA);
  let b = await startServer(env, portB);
  return {
    front: () => a,
    participant: (index) => (index === 0 ? a : b),
    async restart() {
      if ((await b.stop()) !== 0) throw new Error(`the second instance did not stop cleanly: ${b.output()}`);
      b = await startServer(env, portB);
    },
    async stop() {
      await Promise.all([a.stop(), b.stop()]);
      await postgres.stop();
    },
  };
}
