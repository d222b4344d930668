import { LINK_TYPES, type LinkType } from '#lib/domain/vocabulary';
import { ConfigError } from '#lib/errors';
import type { Config } from './config-schema.ts';
import { lineOfPath } from './line-of-path.ts';

/** A threshold of a link type: its warning or its critical. */
type Level = 'warning' | 'critical';

/**
 * Checks that every link type's warning is below its critical, each
 * taken from the type or, where the type leaves it out, the default. The
 * error names the threshold the file wrote for the type (the warning when
 * it wrote both), its line, and the threshold it meets; a default
 * critical written under the built-in default warning is named as the
 * critical. A default in the wrong order was reported as
 * `thresholds.pni`, a field the file did not have, and with no line.
 *
 * @param config - the parsed configuration
 * @param text - the file's text, for the line
 * @param file - the file's name
 * @throws ConfigError naming file, line, field and value
 * @example
 * checkThresholdOrder(config, '{"thresholds": {"ix": {"warning": 0.9}}}', 'c.json');
 * // throws: c.json, line 1: field 'thresholds.ix.warning' must be below
 * // critical, 0.85 (thresholds.default.critical) (got 0.9)
 */
export function checkThresholdOrder(
  config: Config,
  text: string,
  file: string,
): void {
  const { thresholds } = config;
  const written = writtenThresholds(text);
  for (const type of ['default', ...LINK_TYPES] as const) {
    const warning = pickThreshold(thresholds, type, 'warning');
    const critical = pickThreshold(thresholds, type, 'critical');
    if (warning.value < critical.value) continue;
    // Blame what the file wrote for this type: the defaults hold both
    // values whether written or not, and a link type's other value may
    // be the default's, whose own order was checked first.
    const wrote = (level: Level) => written?.[type]?.[level] !== undefined;
    if (!wrote('warning') && !wrote('critical')) continue;
    const [named, other, problem] = wrote('warning')
      ? [warning, critical, 'must be below critical']
      : [critical, warning, 'must be above warning'];
    const line = lineOfPath(text, named.path.split('.'));
    throw new ConfigError(file, `${problem}, ${other.value} (${other.path})`, {
      ...(line === undefined ? {} : { line }),
      field: named.path,
      value: named.value,
    });
  }
}

/** The file's own thresholds, as written (parseJsonText has read it). */
function writtenThresholds(text: string) {
  return (
    JSON.parse(text.replace(/^\uFEFF/, '')) as {
      thresholds?: Record<string, Record<string, unknown> | undefined>;
    }
  ).thresholds;
}

/**
 * A link type's threshold at `level`: its own, or the default's where
 * the type leaves it out, with the path that names it.
 */
function pickThreshold(
  thresholds: Config['thresholds'],
  type: 'default' | LinkType,
  level: Level,
) {
  const from = thresholds[type][level] === undefined ? 'default' : type;
  return {
    path: `thresholds.${from}.${level}`,
    from,
    value: thresholds[from][level]!,
  };
}
