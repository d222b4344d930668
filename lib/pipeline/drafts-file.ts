import type { Evaluation } from '#lib/domain/evaluation';
import type { Message } from '#lib/domain/message';
import type { ReportFile } from '#lib/report/report-input';
import { renderWhatIfDrafts } from '#lib/report/what-if-drafts';
import type { RunPlanFile } from './run-plan-file.ts';

/**
 * A what-if's drafted messages as `what-if-messages.txt` (none for a
 * real run): the alerts it would send, or why none (`renderWhatIfDrafts`).
 *
 * @param run - the plan, merged rows, scenario and drafted messages
 * @returns zero or one file
 * @example
 * draftsFile(run)[0]?.path; // 'what-if-messages.txt'
 */
export function draftsFile(run: {
  readonly plan: Pick<RunPlanFile, 'config'>;
  readonly merged: { readonly evaluations: readonly Evaluation[] };
  readonly scenario?: { readonly description: string };
  readonly draftMessages?: readonly Message[];
}): ReportFile[] {
  const { draftMessages, scenario } = run;
  if (draftMessages === undefined || scenario === undefined) return [];
  const body = renderWhatIfDrafts({
    messages: draftMessages,
    description: scenario.description,
    evaluations: run.merged.evaluations,
    warningWindowDays: run.plan.config.warningWindowDays,
  });
  return [
    {
      path: 'what-if-messages.txt',
      body,
      contentType: 'text/plain; charset=utf-8',
    },
  ];
}
