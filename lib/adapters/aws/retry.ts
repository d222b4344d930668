/** How `sendWithRetry` waits between attempts (injectable for tests). */
export interface RetryOptions {
  /** Total attempts including the first (default 5). */
  readonly attempts?: number;
  /** First back-off delay in ms, doubled per attempt (default 200). */
  readonly baseMs?: number;
  /** Upper bound for one delay in ms (default 5000). */
  readonly maxMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Which errors to retry (default `isRetryable`). */
  readonly retryable?: (error: unknown) => boolean;
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
]);

/**
 * Whether an AWS SDK error is worth retrying: throttling or a server-side
 * (5xx) fault. Client errors (bad request, access denied) are not.
 *
 * @param error - what the SDK threw
 * @returns true for throttling and 5xx
 * @example
 * isRetryable({ name: 'ThrottlingException' }); // true
 */
export function isRetryable(error: unknown): boolean {
  const e = error as {
    name?: string;
    $fault?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const status = e?.$metadata?.httpStatusCode ?? 0;
  return (
    THROTTLING.has(e?.name ?? '') || e?.$fault === 'server' || status >= 500
  );
}

/**
 * The delay before retry number `attempt` (0-based): exponential back-off
 * with "equal jitter" (half fixed, half random), after the AWS Architecture
 * Blog's "Exponential Backoff and Jitter".
 *
 * @param attempt - how many retries came before
 * @param baseMs - the first delay
 * @param maxMs - the cap
 * @param random - a source of numbers in [0, 1)
 * @returns the delay in milliseconds
 * @example
 * backoffMs(2, 100, 5000, () => 0.5); // 300
 */
export function backoffMs(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return ceiling / 2 + (ceiling / 2) * random();
}

/** `setTimeout` as a promise. */
export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `send` until it succeeds, retrying throttling and 5xx errors (or
 * what `options.retryable` accepts) with back-off. Any other error, or the
 * last retryable one, is rethrown.
 *
 * @param send - one attempt of the request
 * @param options - attempts and timing
 * @returns what `send` resolved to
 * @example
 * await sendWithRetry(() => sns.send(new PublishCommand(input)));
 */
export async function sendWithRetry<T>(
  send: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const retryable = options.retryable ?? isRetryable;
      if (attempt + 1 >= attempts || !retryable(error)) throw error;
      const delay = backoffMs(
        attempt,
        options.baseMs ?? 200,
        options.maxMs ?? 5000,
        options.random ?? Math.random,
      );
      await (options.sleep ?? sleep)(delay);
    }
  }
}
