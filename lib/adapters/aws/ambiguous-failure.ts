import { isThrottlingError, isTransientError } from '@smithy/core/retry';
import { isRetryable } from './retry.ts';

/**
 * Failures where the request never reached the service: the connection
 * was refused or the host not found.
 */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Whether a failed send is worth another attempt: throttling and 5xx
 * (`isRetryable`), and what the AWS SDK's own retry retries (a 429 or
 * another throttling error, `isThrottlingError`; network failures and
 * timeouts, `isTransientError`), since the client that `SnsNotifier`
 * uses makes one attempt per call.
 *
 * @param error - what the SDK threw
 * @returns true to try again
 * @example
 * isRetryableSend({ name: 'TimeoutError' }); // true
 */
export function isRetryableSend(error: unknown): boolean {
  if (isRetryable(error)) return true;
  return (
    isObject(error) && (isThrottlingError(error) || isTransientError(error))
  );
}

/**
 * Whether a failed send may still have been carried out: a 5xx, a
 * timeout or a connection lost midway leaves it unknown, while throttling
 * and a connection never made say it was not. The attempt after such a
 * failure is a possible repeat.
 *
 * @param error - what the SDK threw
 * @returns true when the request may have taken effect
 * @example
 * mayHaveArrived({ name: 'InternalError', $fault: 'server' }); // true
 */
export function mayHaveArrived(error: unknown): boolean {
  if (!isObject(error)) return false;
  const code = (error as { code?: unknown }).code;
  if (isThrottlingError(error) || NEVER_CONNECTED.has(String(code))) {
    return false;
  }
  return isRetryableSend(error);
}

/** The SDK's error, as its classifiers take it. */
type SdkError = Parameters<typeof isTransientError>[0];

function isObject(error: unknown): error is SdkError {
  return typeof error === 'object' && error !== null;
}
