/**
 * The time source, injected so that runs and tests are reproducible.
 *
 * @example
 * const fixed: Clock = { now: () => new Date('2026-11-26T06:00:00Z') };
 */
export interface Clock {
  now(): Date;
}
