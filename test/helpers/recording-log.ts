import type { Logger } from '#lib/ports/logger';

/** A logger that drops everything. */
export const silentLog: Logger = { info() {}, warn() {}, error() {} };

/** One line a recording logger was given: its message and data. */
export interface LoggedLine {
  message: string;
  data?: Readonly<Record<string, unknown>>;
}

/**
 * A logger that keeps what it is given at one level and drops the rest:
 * each line's message in `messages`, its message and data in `lines`.
 *
 * @param level - the level it keeps, `warn` by default
 * @returns the logger and the two lists it fills
 * @example
 * const { log, messages } = recordingLog();
 * await loadBacktest(store, log);
 * expect(messages).toEqual(['backtest without a summary: read whole']);
 */
export function recordingLog(level: keyof Logger = 'warn') {
  const messages: string[] = [];
  const lines: LoggedLine[] = [];
  const log: Logger = {
    ...silentLog,
    [level]: (message: string, data?: LoggedLine['data']) => {
      messages.push(message);
      lines.push({ message, data });
    },
  };
  return { log, messages, lines };
}
