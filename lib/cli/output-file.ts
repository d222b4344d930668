import { randomUUID } from 'node:crypto';
import {
  type FileHandle,
  lstat,
  mkdir,
  open,
  rename,
  rm,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cannotWrite, type OutputFile } from './output.ts';
import { ownStream } from './own-stream.ts';

/** Where a hidden file cannot be made beside the output: write in place. */
const IN_PLACE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENAMETOOLONG']);

/**
 * Opens an output that appears only once complete: written to a hidden
 * file beside it and renamed onto it, so a command stopped by bad input
 * never leaves a forecast that looks whole, and a previous output stays as
 * it was (a kill leaves at most the hidden `.headroom-*.tmp` file). A
 * symbolic link, a device or a pipe is written to directly, since a
 * rename would replace the link; so is an output whose folder takes no
 * new file (read-only, or a name too long for a prefix). The process's
 * own streams (`/dev/stdout`) are written through their descriptor.
 *
 * @param output - the output's path
 * @returns the handle to write to, and how to finish or abandon it
 * @throws InputError naming the output when it cannot be opened
 * @example
 * const out = await openOutput('forecast.csv');
 * await out.write(Buffer.from('series_id,ds,mean\n'));
 * await out.finish();
 */
export async function openOutput(output: string): Promise<OutputFile> {
  const own = ownStream(output);
  if (own) return own;
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
    throw cannotWrite(output, folderProblem(output, error as Error));
  }
  return renamedOnFinish(output, hidden, handle);
}

/**
 * Why the hidden file beside an output could not be made, in the
 * output's terms: the file system's message named the hidden file
 * (`ENOENT … open 'out/.headroom-1046832d.tmp'`), which nobody asked for.
 */
function folderProblem(output: string, error: NodeJS.ErrnoException) {
  const folder = `its folder ${dirname(output)}`;
  if (error.code === 'ENOENT') return new Error(`${folder} does not exist`);
  if (error.code === 'ENOTDIR') {
    return new Error(`${folder} is not a folder (a file is on its path)`);
  }
  return error;
}

/**
 * Opens an output (`openOutput`: in place only once finished), making its
 * folder first, so that a command can check where it will write before
 * the work that fills it.
 *
 * @param path - the output's path
 * @returns the output, writes wrapped to name it when they fail
 * @throws InputError naming the output when it cannot be opened
 * @example
 * const out = await openMadeOutput('out/state/backtest.json');
 * await out.write(Buffer.from('{}\n'));
 * await out.finish();
 */
export async function openMadeOutput(path: string): Promise<OutputFile> {
  // A file in the way (`--out a-file/bt.json`) stopped with mkdir's
  // stack trace.
  await mkdir(dirname(path), { recursive: true }).catch((error: Error) => {
    throw cannotWrite(path, error);
  });
  const out = await openOutput(path);
  return {
    write: (bytes) =>
      out.write(bytes).catch((error: Error) => {
        throw cannotWrite(path, error);
      }),
    finish: () => out.finish(),
    abandon: () => out.abandon(),
  };
}

/** The output itself, opened to be written in place. */
async function openDirect(output: string): Promise<OutputFile> {
  const handle = await open(output, 'w').catch((e: NodeJS.ErrnoException) => {
    const folder =
      e.code === 'EISDIR' ? new Error('it is a folder: name a file') : e;
    throw cannotWrite(output, folder);
  });
  return {
    write: (bytes) => writeAll(handle, bytes),
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
    write: (bytes) => writeAll(handle, bytes),
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
 * Writes all of `bytes` (a write may take only part of them); resolves
 * once they are written, so that the buffer may be reused.
 */
async function writeAll(out: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length; ) {
    const { bytesWritten } = await out.write(bytes, at, bytes.length - at);
    at += bytesWritten;
  }
}
