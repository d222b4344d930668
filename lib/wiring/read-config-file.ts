import { readFile } from 'node:fs/promises';
import { type Config, DEFAULT_CONFIG, parseConfig } from '#lib/config';
import { decodeUtf8, type InputFailure } from '#lib/decode-utf8';
import { ConfigError, InputError } from '#lib/errors';
import { pathProblem } from '#lib/path-problem';
import { parseScenarioFile, type ScenarioFile } from '#lib/rules/scenario-file';

/**
 * Reads and validates a configuration file; no file means all defaults.
 *
 * @param path - the JSON file, or undefined
 * @returns the validated configuration
 * @throws ConfigError naming the file (and field)
 * @example
 * const config = await readConfigFile('headroom.json');
 */
export async function readConfigFile(path?: string): Promise<Config> {
  if (path === undefined) return DEFAULT_CONFIG;
  return parseConfig(await readText(path, ConfigError, '--config'), path);
}

/**
 * Reads and validates a what-if scenario file.
 *
 * @param path - the JSON file
 * @returns the validated scenario, and the file and line of its name
 * @throws InputError naming the file (and field)
 * @example
 * const { scenario } = await readScenarioFile('fra1-outage.json');
 */
export async function readScenarioFile(path: string): Promise<ScenarioFile> {
  return parseScenarioFile(
    await readText(path, InputError, '--scenario'),
    path,
  );
}

/**
 * The file's text, which must be UTF-8 (a lenient read renamed a site).
 * A file that is not there, or a folder, is said so in words
 * (`pathProblem`).
 */
async function readText(
  path: string,
  Failure: InputFailure,
  option: string,
): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Failure(path, pathProblem(error, option, 'a JSON file'));
  }
  return decodeUtf8(bytes, path, Failure);
}
