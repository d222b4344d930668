import type { Evaluation } from '#lib/domain/evaluation';
import { loadPreviousRun } from '#lib/pipeline/load-previous-run';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import { silentLog } from '../../helpers/recording-log.ts';
import { deps, group, notifier, run } from './notify-fixture.ts';

const RULE = { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 };

/** The report stage's changes.json and manifest for `asOf`. */
export async function publishChanges(asOf: string, evaluations: Evaluation[]) {
  const previous = await loadPreviousRun(deps.reports, asOf, silentLog);
  const report = computeChanges(previous, evaluations, asOf, RULE);
  await deps.reports.put(
    `reports/${asOf}/changes.json`,
    JSON.stringify(report),
  );
  await deps.reports.put(`reports/${asOf}/manifest.json`, '{}');
}

/**
 * One daily run of Acme's bundle: report, then notify; its alerts sent.
 * `augmented`: its capacity doubled (an augment in service).
 */
export async function daily(
  asOf: string,
  severity: Evaluation['severity'],
  orderBy?: string,
  augmented = false,
) {
  const bundle = group('Acme', severity, orderBy);
  const capacityBps = bundle.capacityBps * (augmented ? 2 : 1);
  const evaluations = [{ ...bundle, capacityBps }];
  await publishChanges(asOf, evaluations);
  const sent = await run(asOf, evaluations);
  return sent.filter((m) => !m.includes('/digest/'));
}

/** The state as the earlier code left it: version 1, Acme at `severity`. */
export async function writeOldState(severity: 'warning' | 'critical') {
  const saved = await deps.reports.get(NOTIFICATION_STATE_KEY);
  const state = JSON.parse(new TextDecoder().decode(saved));
  state.version = 1;
  state.groups['Acme/FRA2/ix'].severity = severity;
  await deps.reports.put(NOTIFICATION_STATE_KEY, JSON.stringify(state));
}

/** The saved state's version and Acme's severity in it. */
export async function savedAcme() {
  const saved = await deps.reports.get(NOTIFICATION_STATE_KEY);
  const state = JSON.parse(new TextDecoder().decode(saved));
  return [state.version, state.groups['Acme/FRA2/ix']?.severity];
}

/** Runs the days in turn; the messages of each, by date, where any. */
export async function days(
  runs: [string, Evaluation['severity'], string?, 'augmented'?][],
) {
  const sent: Record<string, string[]> = {};
  for (const [asOf, severity, orderBy, augmented] of runs) {
    const mine = await daily(asOf, severity, orderBy, augmented !== undefined);
    if (mine.length > 0) sent[asOf] = mine;
  }
  return sent;
}

export const bodyOf = (id: string) =>
  notifier.accepted.find((m) => m.id === id)?.body ?? '';
