import { idSlug } from '#lib/domain/slug';
import { InputError } from '#lib/errors';
import { quoted } from '#lib/input-message';
import type { ObjectStore } from '#lib/ports/object-store';
import type { Scenario } from '#lib/rules/scenario';
import type { ScenarioSource } from '#lib/rules/scenario-file';

/**
 * The folder of a what-if's reports, `scenarios/<slug>` (one dated folder
 * per as-of date below it). The slug is `idSlug`'s, readable and lossy:
 * names that differ only in case or punctuation ('Lisbon outage',
 * 'lisbon-outage') share it, which `checkScenarioFolder` refuses.
 *
 * @param name - the scenario's name
 * @returns the folder's key, without a trailing `/`
 * @example
 * scenarioFolder('Lisbon outage'); // 'scenarios/lisbon-outage'
 */
export function scenarioFolder(name: string): string {
  return `scenarios/${idSlug(name)}`;
}

const MANIFEST = /^scenarios\/[^/]+\/(\d{4}-\d{2}-\d{2})\/manifest\.json$/;

/**
 * Stops a what-if whose folder (`scenarioFolder`) holds a complete report
 * (one with its manifest) of a what-if of another name: published, it
 * would replace that report on the same as-of date, without a word, and
 * mix two what-ifs' dates in one folder otherwise. The same name again
 * is a rerun and goes on. A manifest that cannot be read names no
 * what-if and is passed over.
 *
 * @param store - the report store
 * @param scenario - the what-if about to run
 * @param source - its file and the line of its name, when it has one
 * @throws InputError naming the file, the line, the field `name`, this
 *   name and the other's
 * @example
 * await checkScenarioFolder(deps.reports, scenario, source);
 */
export async function checkScenarioFolder(
  store: ObjectStore,
  scenario: Scenario,
  source?: ScenarioSource,
): Promise<void> {
  const folder = scenarioFolder(scenario.name);
  for (const key of await store.list(`${folder}/`)) {
    const asOf = MANIFEST.exec(key)?.[1];
    if (asOf === undefined) continue;
    const other = await publishedName(store, key);
    if (other === undefined || other === scenario.name) continue;
    throw new InputError(
      source?.file ?? `scenario '${quoted(scenario.name)}'`,
      `would be published in ${folder}/, which holds the what-if ` +
        `'${quoted(other)}' (${asOf}): names that differ only in case or ` +
        'punctuation share a folder, so one report would replace the ' +
        'other; give this what-if another name',
      {
        ...(source?.nameLine === undefined ? {} : { line: source.nameLine }),
        field: 'name',
        value: scenario.name,
      },
    );
  }
}

/** The what-if a report's manifest names, if it can be read. */
async function publishedName(
  store: ObjectStore,
  key: string,
): Promise<string | undefined> {
  try {
    const bytes = await store.get(key);
    const manifest = bytes && JSON.parse(new TextDecoder().decode(bytes));
    const name = manifest?.scenario;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
