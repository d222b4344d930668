import { lineOfPath } from '#lib/line-of-path';
import { parseScenario, type Scenario } from './scenario.ts';

/**
 * Where a scenario was read: its file, the line of its `name`, and its
 * text, for the line of a field a later check refuses.
 */
export interface ScenarioSource {
  readonly file: string;
  readonly nameLine?: number;
  readonly text?: string;
}

/** A scenario file read: the scenario, and where its `name` is. */
export interface ScenarioFile {
  readonly scenario: Scenario;
  readonly source: ScenarioSource;
}

/**
 * Parses a scenario file (`parseScenario`) and notes where its `name` is,
 * for a check made once the run knows more than the file does
 * (`checkScenarioFolder`: its report folder).
 *
 * @param text - the file's content (JSON)
 * @param file - the file's name, for error messages
 * @returns the scenario, the file, its text and the line of its `name`
 * @throws InputError as `parseScenario`
 * @example
 * parseScenarioFile(text, 'lhr1.json').source; // { file, text, nameLine: 2 }
 */
export function parseScenarioFile(text: string, file: string): ScenarioFile {
  const scenario = parseScenario(text, file);
  const nameLine = lineOfPath(text, ['name']);
  const source = {
    file,
    text,
    ...(nameLine === undefined ? {} : { nameLine }),
  };
  return { scenario, source };
}
