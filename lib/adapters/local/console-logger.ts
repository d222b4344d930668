import type { Logger } from '#lib/ports/logger';

type Level = 'info' | 'warn' | 'error';

/**
 * A `Logger` for the terminal: one readable line per event on stderr, so
 * that stdout stays free for results. `quiet` keeps only warnings and errors.
 *
 * @example
 * new ConsoleLogger().info('rollup', { day: '2026-11-25' });
 * // → "[headroom] rollup day=2026-11-25"
 */
export class ConsoleLogger implements Logger {
  constructor(
    private readonly options: {
      readonly quiet?: boolean;
      readonly write?: (line: string) => void;
    } = {},
  ) {}

  info(message: string, data?: Readonly<Record<string, unknown>>): void {
    if (!this.options.quiet) this.print('info', message, data);
  }

  warn(message: string, data?: Readonly<Record<string, unknown>>): void {
    this.print('warn', message, data);
  }

  error(message: string, data?: Readonly<Record<string, unknown>>): void {
    this.print('error', message, data);
  }

  private print(
    level: Level,
    message: string,
    data: Readonly<Record<string, unknown>> = {},
  ): void {
    const fields = Object.entries(data)
      .map(([key, value]) => `${key}=${formatValue(value)}`)
      .join(' ');
    const tag = level === 'info' ? '' : ` ${level.toUpperCase()}`;
    const line = `[headroom]${tag} ${message}${fields ? ` ${fields}` : ''}`;
    (this.options.write ?? ((text) => process.stderr.write(`${text}\n`)))(line);
  }
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) ? `"${value}"` : value;
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  return JSON.stringify(value);
}
