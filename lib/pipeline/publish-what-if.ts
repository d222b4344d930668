import { describeScenario } from '#lib/rules/describe-scenario';
import type { Scenario } from '#lib/rules/scenario';
import type { Deps } from './deps.ts';
import type { MergedRunFiles } from './load-merged-run.ts';
import { type NotifySummary, notify } from './notify.ts';
import { publishMerged } from './publish-merged.ts';
import { scenarioFolder } from './scenario-folder.ts';

/**
 * Publishes a what-if run under `scenarios/<name>/<asOf>/`
 * (`scenarioFolder`; never `latest/`). A what-if only drafts its
 * messages, into its report (`what-if-messages.txt`), linking to the
 * what-if's own pages and saying what the run's data-quality report says
 * in a real run's alerts, and never sends them nor touches the
 * notification state.
 *
 * @param deps - the ports, with the plan's configuration
 * @param run - the plan, merged rows and quality report
 * @param scenario - the plan's scenario
 * @returns the report folder and the drafted messages
 * @example
 * const { folder } = await publishWhatIf(deps, run, plan.scenario);
 */
export async function publishWhatIf(
  deps: Deps,
  run: MergedRunFiles,
  scenario: Scenario,
): Promise<{ folder: string; notifications: NotifySummary }> {
  const { plan, merged } = run;
  const description = describeScenario(scenario, plan.silentEvents);
  const folder = `${scenarioFolder(scenario.name)}/${plan.asOf}`;
  const notifications = await notify(deps, {
    asOf: plan.asOf,
    evaluations: merged.evaluations,
    dryRun: true,
    scenario: description,
    folder,
    // The drafts say what a real run's alerts say of the data: links gone
    // quiet, traffic that stopped days before the run.
    quality: run.quality,
  });
  await publishMerged(deps, {
    ...run,
    folder,
    latest: undefined,
    scenario: { name: scenario.name, description },
    draftMessages: notifications.messages,
  });
  return { folder, notifications };
}
