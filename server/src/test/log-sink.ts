/** A log destination for tests: keeps what the logger wrote, to read back as one text. */
import { Writable } from 'node:stream';

export function logSink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}
