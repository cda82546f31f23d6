/**
 * Sends a checked export: attachment headers, the streamed body, one log line when it ends (with
 * how far it got when the client left early).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ExportJob } from './job';
import { exportStream, newProgress } from './stream';

export function sendExport(request: FastifyRequest, reply: FastifyReply, job: ExportJob): FastifyReply {
  const progress = newProgress(job.totalChunks);
  const body = exportStream(job.write(progress), progress, ({ completed, elapsedMs }) => {
    const summary = { file: job.filename, ...progress, ms: Math.round(elapsedMs) };
    const done = `${progress.chunks} of ${progress.totalChunks} ${job.chunkUnit}s`;
    const size = `${progress.rows.toLocaleString('en-US')} rows, ${(progress.bytes / 2 ** 20).toFixed(1)} MB`;
    if (completed) request.log.info(summary, `export finished: ${size} in ${(elapsedMs / 1000).toFixed(1)} s`);
    else request.log.info(summary, `export aborted after ${done} (${size} sent)`);
  });
  return reply.header('content-disposition', `attachment; filename="${job.filename}"`).type(job.contentType).send(body);
}
