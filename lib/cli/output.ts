import { InputError } from '#lib/errors';

/** An output being written: it takes the output's name once finished. */
export interface OutputFile {
  /** Writes all of `bytes`; resolves once they may be reused. */
  write(bytes: Uint8Array): Promise<void>;
  /** Closes it and puts it in place. */
  finish(): Promise<void>;
  /** Closes it and removes what was written (a previous output stays). */
  abandon(): Promise<void>;
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
