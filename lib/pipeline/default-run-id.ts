/**
 * The default run id: the as-of date and the start time, e.g.
 * `2026-11-26T060000`.
 *
 * @example
 * defaultRunId('2026-11-26', new Date('2026-11-26T06:00:00Z'));
 */
export function defaultRunId(asOf: string, started: Date): string {
  return `${asOf}T${started.toISOString().slice(11, 19).replaceAll(':', '')}`;
}
