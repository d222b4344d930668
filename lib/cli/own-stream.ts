import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { cannotWrite, type OutputFile } from './output.ts';

/**
 * The process's own streams by name (`/dev/stdout`, `/dev/fd/1`, …): a
 * reopened file would have an offset of its own, so its bytes and the
 * shell's or the process's writes to the same file before, beside or
 * after it overwrote each other (`(echo …; headroom forecast … --output
 * /dev/stdout; echo …) > f`); they are written through the descriptor
 * itself. The capture is the descriptor's number.
 */
const OWN_STREAM =
  /^\/(?:dev\/(?:std(out|err)|fd\/(\d+))|proc\/self\/fd\/(\d+))$/;

/**
 * Whether the output names one of the process's own streams, whatever
 * the descriptor is open on (a file, when the shell redirects it there).
 *
 * @param output - the output's path
 * @returns true for `/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`, …
 * @example
 * isOwnStream('/dev/stdout'); // true
 */
export function isOwnStream(output: string): boolean {
  return OWN_STREAM.test(output);
}

/** The descriptor an {@link OWN_STREAM} match names. */
const descriptorOf = (m: RegExpExecArray) =>
  m[1] === 'out' ? 1 : m[1] === 'err' ? 2 : Number(m[2] ?? m[3]);

/**
 * The output as one of the process's own descriptors, when it names one:
 * written through the process's stream for 1 and 2 (which may be a pipe
 * in non-blocking mode), a stream over the descriptor otherwise; never
 * closed.
 *
 * @param output - the output's path
 * @returns the output, or `undefined` for a path that is not one
 * @example
 * const out = ownStream('/dev/stdout'); // writes to fd 1
 */
export function ownStream(output: string): OutputFile | undefined {
  const own = OWN_STREAM.exec(output);
  if (!own) return undefined;
  const fd = descriptorOf(own);
  const stream: Writable =
    fd === 1
      ? process.stdout
      : fd === 2
        ? process.stderr
        : createWriteStream('', { fd, autoClose: false });
  // A write's error reaches its callback; the stream emits it too.
  const ignore = () => {};
  stream.on('error', ignore);
  const done = () => {
    stream.off('error', ignore);
    return Promise.resolve();
  };
  return {
    write: (bytes) =>
      new Promise((resolve, reject) => {
        stream.write(Buffer.from(bytes), (e) =>
          e ? reject(cannotWrite(output, e)) : resolve(),
        );
      }),
    finish: done,
    abandon: done,
  };
}
