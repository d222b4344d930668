/**
 * Why a file named by a command-line option could not be read, in words
 * that say what the option must name: a path that is not there, or a
 * folder, where Node said `ENOENT: no such file or directory, open …` or
 * `EISDIR: illegal operation on a directory, read`; any other failure
 * with Node's reason.
 *
 * @param error - the failed read's error
 * @param option - the option, e.g. `--config`
 * @param what - what it must name, e.g. `a JSON file`
 * @returns the problem, for an InputError or ConfigError on the path
 * @example
 * pathProblem(enoent, '--config', 'a JSON file');
 * // 'does not exist: --config must name a JSON file'
 */
export function pathProblem(
  error: unknown,
  option: string,
  what: string,
): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return `does not exist: ${option} must name ${what}`;
  if (code === 'EISDIR') return `is a folder: ${option} must name ${what}`;
  return `cannot be read: ${message}`;
}
