/**
 * Structured logging (Powertools in AWS, the console locally).
 *
 * @example
 * log.info('rollup done', { days: 3 });
 */
export interface Logger {
  info(message: string, data?: Readonly<Record<string, unknown>>): void;
  warn(message: string, data?: Readonly<Record<string, unknown>>): void;
  error(message: string, data?: Readonly<Record<string, unknown>>): void;
}
