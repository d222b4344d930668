import type { Deps } from './deps.ts';
import { publishRun, type RunSummary } from './publish-run.ts';
import { holdLock, invocationEnd, reportStoreLock } from './with-run-lock.ts';

/**
 * The publish stage of an AWS run (docs/architecture.md "How a run
 * flows"): `publishRun` holding the report store's run lock
 * (`state/run.lock`), which a local run holds from start to end. The
 * state machine's lock is per date, so a date run by hand while the
 * scheduled run is under way publishes beside it: both read the
 * notification state before either saved it, and alerted the same ISP
 * twice (the first save after it failed on real S3, after SNS had taken
 * that run's message). Under the lock the second publish reads the
 * first's state and `latest` (an earlier date is then a replay). The
 * lock expires when the invocation must have ended; another run's is
 * waited for up to half the time left.
 *
 * @param deps - the ports
 * @param input - the run
 * @param remainingMs - the invocation's time left
 * @returns the run's summary
 * @throws RunLockedError naming the holder when the wait runs out
 * @example
 * await publishExclusive(deps, { runId }, context.getRemainingTimeInMillis());
 */
export function publishExclusive(
  deps: Deps,
  input: { readonly runId: string },
  remainingMs: number,
): Promise<RunSummary> {
  const endsAtMs = invocationEnd(deps.clock.now(), remainingMs);
  return holdLock(
    reportStoreLock(deps.reports),
    deps,
    () => publishRun(deps, input),
    { waitMs: remainingMs / 2 },
    endsAtMs,
  );
}
