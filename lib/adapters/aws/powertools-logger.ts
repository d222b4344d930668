import type { Logger as Powertools } from '@aws-lambda-powertools/logger';
import type { Logger } from '#lib/ports/logger';

/**
 * The `Logger` port on Powertools' logger: JSON lines with the Lambda
 * context (request id, cold start) that the handler's middleware adds.
 *
 * @example
 * const log = new PowertoolsLogger(new Logger({ serviceName: 'headroom' }));
 * log.info('rollup done', { days: 1 });
 */
export class PowertoolsLogger implements Logger {
  constructor(private readonly logger: Powertools) {}

  info(message: string, data: Readonly<Record<string, unknown>> = {}): void {
    this.logger.info(message, { ...data });
  }

  warn(message: string, data: Readonly<Record<string, unknown>> = {}): void {
    this.logger.warn(message, { ...data });
  }

  error(message: string, data: Readonly<Record<string, unknown>> = {}): void {
    this.logger.error(message, { ...data });
  }
}
