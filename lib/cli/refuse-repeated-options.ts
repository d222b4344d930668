import type { EventEmitter } from 'node:events';
import type { Command } from 'commander';
import { UsageError } from '#lib/errors';
import { quoted } from '#lib/input-message';

/**
 * The message for an option that takes one value given twice: both
 * values, as typed (each cut at 200 characters).
 *
 * @param flag - the option, e.g. `--lake`
 * @param first - the value given first
 * @param second - the value given again
 * @returns the message
 * @example
 * givenTwice('--lake', 'A', 'B');
 * // "--lake given twice ('A' and 'B'): give it once"
 */
export function givenTwice(
  flag: string,
  first: string,
  second: string,
): string {
  return `${flag} given twice ('${quoted(first)}' and '${quoted(second)}'): give it once`;
}

/**
 * Makes every option of `command` that takes a value a usage error when
 * given twice, naming both values: commander keeps the last one without
 * a word, so `run … --as-of 2026-11-01` pasted after a command that had
 * its own `--as-of` ran on a date the user may not have meant. No option
 * of Headroom's takes several values (`--levels` takes a list, 80,95, in
 * one); a flag without a value (`--quiet`) says the same however often
 * it is given, and may be repeated.
 *
 * @param command - a command whose options are all added
 * @returns the command
 * @throws UsageError, when the command line is parsed, on an option
 *   given twice
 * @example
 * refuseRepeatedOptions(runCommand()); // run --lake a --lake b: refused
 */
export function refuseRepeatedOptions(command: Command): Command {
  for (const option of command.options) {
    if (option.isBoolean() || option.variadic) continue;
    const name = option.attributeName();
    let first = '';
    // Before commander's own listener (a command is an EventEmitter, its
    // typings declare `on` alone), so that the option's source is 'cli'
    // only once it was given, and a second value is refused as such
    // before it is parsed.
    const events = command as unknown as EventEmitter;
    events.prependListener(`option:${option.name()}`, (value: string) => {
      if (command.getOptionValueSource(name) !== 'cli') {
        first = value;
        return;
      }
      throw new UsageError(givenTwice(option.long!, first, value));
    });
  }
  return command;
}
