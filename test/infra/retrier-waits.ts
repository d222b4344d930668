/** A retrier as a synthesized state machine definition holds it. */
export interface Retrier {
  readonly ErrorEquals: string[];
  readonly IntervalSeconds: number;
  readonly BackoffRate: number;
  readonly MaxAttempts: number;
  readonly MaxDelaySeconds: number;
  readonly JitterStrategy?: string;
}

/**
 * The waits of a retrier without jitter, in seconds, as Step Functions
 * makes them: doubling (`BackoffRate`) from `IntervalSeconds`, held at
 * `MaxDelaySeconds`, one before each of `MaxAttempts` retries.
 *
 * @param retrier - the retrier
 * @returns each wait
 * @example
 * waits(states.Rollup.Retry[1]); // [30, 60, 120, 240, 240, 240]
 */
export function waits(retrier: Retrier): number[] {
  return Array.from({ length: retrier.MaxAttempts }, (_, i) =>
    Math.min(
      retrier.IntervalSeconds * retrier.BackoffRate ** i,
      retrier.MaxDelaySeconds,
    ),
  );
}
