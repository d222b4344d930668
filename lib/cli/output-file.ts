import { randomUUID } from 'node:crypto';
import { type FileHandle, lstat, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '#lib/errors';

/** An output being written: it takes the output's name once finished. */
export interface OutputFile {
  readonly handle: FileHandle;
  /** Closes it and puts it in place. */
  finish(): Promise<void>;
  /** Closes it and removes what was written (a previous output stays). */
  abandon(): Promise<void>;
}

/** Where a hidden file cannot be made beside the output: write in place. */
const IN_PLACE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENAMETOOLONG']);

/**
 * The process's own streams by name. Reopened with truncation they would
 * wipe what the shell or the process wrote there before (`>> log`, or
 * `(echo …; headroom forecast … --output /dev/stdout) > f`, which left a
 * hole of NUL bytes), so they are appended to.
 */
const OWN_STREAM = /^\/(?:dev\/(?:stdout|stderr|fd\/\d+)|proc\/self\/fd\/\d+)$/;

/**
 * Opens an output that appears only once complete: written to a hidden
 * file beside it and renamed onto it, so a command stopped by bad input
 * never leaves a forecast that looks whole, and a previous output stays as
 * it was (a kill leaves at most the hidden `.headroom-*.tmp` file). A
 * symbolic link, a device or a pipe is written to directly, since a
 * rename would replace the link; so is an output whose folder takes no
 * new file (read-only, or a name too long for a prefix). The process's
 * own streams (`/dev/stdout`) are appended to, after what is there.
 *
 * @param output - the output's path
 * @returns the handle to write to, and how to finish or abandon it
 * @throws InputError naming the output when it cannot be opened
 * @example
 * const out = await openOutput('forecast.csv');
 * await out.handle.write('series_id,ds,mean\n');
 * await out.finish();
 */
export async function openOutput(output: string): Promise<OutputFile> {
  if (OWN_STREAM.test(output)) return openDirect(output, 'a');
  const kind = await lstat(output).catch(() => undefined);
  if (kind && !kind.isFile()) return openDirect(output);
  const hidden = join(
    dirname(output),
    `.headroom-${randomUUID().slice(0, 8)}.tmp`,
  );
  let handle: FileHandle;
  try {
    handle = await open(hidden, 'wx');
  } catch (error) {
    if (IN_PLACE.has((error as NodeJS.ErrnoException).code ?? '')) {
      return openDirect(output);
    }
    throw cannotWrite(output, error as Error);
  }
  return renamedOnFinish(output, hidden, handle);
}

/** The output itself, opened to be written in place (or appended to). */
async function openDirect(output: string, flags = 'w'): Promise<OutputFile> {
  const handle = await open(output, flags).catch((e: Error) => {
    throw cannotWrite(output, e);
  });
  return {
    handle,
    finish: () => handle.close(),
    abandon: () => handle.close().catch(() => undefined),
  };
}

/**
 * The hidden file `hidden`, open as `handle`: renamed onto the output
 * when finished, removed when abandoned or when the rename fails.
 */
function renamedOnFinish(
  output: string,
  hidden: string,
  handle: FileHandle,
): OutputFile {
  return {
    handle,
    finish: async () => {
      try {
        await handle.close();
        await rename(hidden, output);
      } catch (error) {
        await rm(hidden, { force: true });
        throw cannotWrite(output, error as Error);
      }
    },
    abandon: async () => {
      await handle.close().catch(() => undefined);
      await rm(hidden, { force: true });
    },
  };
}

/**
 * The error for an output that cannot be written, naming it.
 *
 * @param output - the output's path
 * @param e - the file system's error
 * @returns an InputError naming the output and the reason
 * @example
 * throw cannotWrite('out.csv', error);
 */
export function cannotWrite(output: string, e: Error): InputError {
  return new InputError(output, `cannot write: ${e.message}`);
}
