/**
 * Sends a checked export: attachment headers, the streamed body, one log line when it ends (with
 * how far it got when the client left early). Running exports are tracked so a shutdown can end
 * them at once instead of waiting for a year of meters to stream (and the force-exit timer).
 */
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ExportJob } from './job';
import { exportStream, newProgress } from './stream';

/** The export bodies being sent now. */
export class RunningExports {
  private readonly bodies = new Set<Readable>();

  get size(): number {
    return this.bodies.size;
  }

  track(body: Readable): void {
    this.bodies.add(body);
    body.once('close', () => this.bodies.delete(body));
  }

  /** Ends every running export (server shutdown): each response is cut short and logs how far it got. Returns how many. */
  abortAll(): number {
    const count = this.bodies.size;
    for (const body of this.bodies) body.destroy();
    this.bodies.clear();
    return count;
  }
}

export function sendExport(request: FastifyRequest, reply: FastifyReply, job: ExportJob, running?: RunningExports): FastifyReply {
  const progress = newProgress(job.totalChunks);
  const body = exportStream(job.write(progress), progress, ({ completed, elapsedMs }) => {
    const summary = { file: job.filename, ...progress, ms: Math.round(elapsedMs) };
    const done = `${progress.chunks} of ${progress.totalChunks} ${job.chunkUnit}s`;
    const size = `${progress.rows.toLocaleString('en-US')} rows, ${(progress.bytes / 2 ** 20).toFixed(1)} MB`;
    if (completed) request.log.info(summary, `export finished: ${size} in ${(elapsedMs / 1000).toFixed(1)} s`);
    else request.log.info(summary, `export aborted after ${done} (${size} sent)`);
  });
  running?.track(body);
  return reply.header('content-disposition', `attachment; filename="${job.filename}"`).type(job.contentType).send(body);
}
