import type { Evaluation } from '#lib/domain/evaluation';
import type { Message, PublishOutcome } from '#lib/domain/message';
import type { DataQualityReport } from '#lib/domain/quality';
import type { Deps } from './deps.ts';
import { recordDowngrades } from './notification-held.ts';
import { publishSaving } from './notify-publish.ts';
import { planFromState } from './plan-from-state.ts';
import { sentKey } from './sent-key.ts';

/** What `notify` did. */
export interface NotifySummary {
  readonly dryRun: boolean;
  /** Messages this run planned (minus those already sent for this as-of). */
  readonly messages: readonly Message[];
  /** Number of messages the notifier accepted. */
  readonly sent: number;
  /** Number it refused: they go out again on the next run. */
  readonly failed: number;
  /** Planned messages already accepted earlier for the same as-of date. */
  readonly skipped: number;
  readonly failures: readonly { readonly id: string; readonly error: string }[];
}

/** What `notify` needs from `Deps`. */
export type NotifyDeps = Pick<
  Deps,
  'notifier' | 'reports' | 'clock' | 'log' | 'config'
>;

/** One notify run: the as-of date and the run's evaluations. */
export interface NotifyInput {
  readonly asOf: string;
  readonly evaluations: readonly Evaluation[];
  /** Return the messages without publishing or touching the state. */
  readonly dryRun?: boolean;
  /** A what-if run's description: every group at risk gets a what-if alert. */
  readonly scenario?: string;
  /** A what-if's report folder (`scenarios/<name>/<asOf>`), for its links. */
  readonly folder?: string;
  /** The run's data-quality report: unjudged groups, quiet links. */
  readonly quality?: DataQualityReport;
}

/**
 * Sends the run's notifications at least once and never twice unmarked
 * for the same as-of date, following each group's severity as the run's
 * `changes.json` holds it (docs/architecture.md "Emails follow the held
 * severity"): the state under `state/notifications.json` is
 * saved after each message (conditionally on the version
 * read, so a concurrent run's update is never overwritten), and a unit's
 * groups advance when its every message was accepted (a message in
 * parts part by part, its handovers each once accepted, `StateProgress`,
 * docs/architecture.md "A message in parts"); a
 * failed publish, and only it, is planned again next run; messages
 * already accepted for this as-of date
 * are not sent again, also after a run killed midway, and one that may
 * have gone out unrecorded goes out marked as a possible repeat
 * (`publishSaving`).
 *
 * @param deps - notifier, report store, clock, logger and configuration
 * @param input - the as-of date, evaluations, and dry-run/scenario flags
 * @returns counts and the planned messages
 * @example
 * const summary = await notify(deps, { asOf: '2026-11-26', evaluations });
 */
export async function notify(
  deps: NotifyDeps,
  input: NotifyInput,
): Promise<NotifySummary> {
  const { asOf } = input;
  const { loaded, state, held, units } = await planFromState(deps, input);
  const planned = units.flatMap((unit) => unit.messages);
  const fresh = planned.filter((m) => state.sent[sentKey(m)] === undefined);
  const skipped = planned.length - fresh.length;
  if (input.dryRun || input.scenario !== undefined) {
    return {
      dryRun: true,
      messages: fresh,
      sent: 0,
      failed: 0,
      skipped,
      failures: [],
    };
  }
  const outcomes = await publishSaving(deps, {
    base: {
      ...loaded,
      state: recordDowngrades(state, input.evaluations, held, asOf),
    },
    units,
    fresh,
    asOf,
  });
  return tallyOutcomes(deps, { asOf, fresh, skipped, outcomes });
}

/** The summary of a sent run: the notifier's refusals warned about. */
function tallyOutcomes(
  deps: Pick<NotifyDeps, 'log'>,
  run: {
    readonly asOf: string;
    readonly fresh: readonly Message[];
    readonly skipped: number;
    readonly outcomes: readonly PublishOutcome[];
  },
): NotifySummary {
  const { asOf, skipped } = run;
  const failures = run.outcomes.flatMap((o) =>
    o.ok ? [] : [{ id: o.id, error: o.error }],
  );
  const sent = run.outcomes.length - failures.length;
  const summary = {
    dryRun: false,
    messages: run.fresh,
    sent,
    skipped,
    failures,
  };
  const failed = failures.length;
  for (const failure of failures)
    deps.log.warn('notification not accepted', failure);
  deps.log.info('notifications', { asOf, sent, failed, skipped });
  return { ...summary, failed };
}
