import type { Clock } from '#lib/ports/clock';

/**
 * The machine's clock.
 *
 * @example
 * new SystemClock().now();
 */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
