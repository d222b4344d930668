import type { StageConfig } from '../stage-config.ts';

/** The runbook every alarm's description points to. */
export const RUNBOOK = 'docs/runbook.md';

/**
 * An alarm's fixed name and its description: what went wrong, then the
 * runbook section (titled with the alarm's id) that says what to do. The
 * name and description are what the alarm's email shows, so an operator
 * goes from the email to the entry without knowing the stacks.
 *
 * @param stage - the stage (prefixes the name: stages may share an account)
 * @param id - the alarm's id, e.g. `rollup-errors`: its runbook section
 * @param what - what went wrong, in a few words
 * @returns the alarm's `alarmName` and `alarmDescription`
 * @example
 * alarmNaming(STAGE_CONFIGS.dev, 'run-failed', 'a run failed');
 * // { alarmName: 'headroom-dev-run-failed',
 * //   alarmDescription: 'a run failed. What to do: docs/runbook.md "run-failed"' }
 */
export function alarmNaming(
  stage: StageConfig,
  id: string,
  what: string,
): { alarmName: string; alarmDescription: string } {
  return {
    alarmName: `headroom-${stage.name}-${id}`,
    alarmDescription: `${what}. What to do: ${RUNBOOK} "${id}"`,
  };
}
