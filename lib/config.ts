import type { LinkType } from '#lib/domain/vocabulary';
import { ConfigError } from '#lib/errors';
import { CONFIG_SCHEMA, type Config } from './config-schema.ts';
import { parseJsonFile } from './json-schema.ts';
import { checkThresholdOrder } from './threshold-order.ts';

export type { Config } from './config-schema.ts';

/** Warning and critical utilization for one link type. */
export interface Thresholds {
  readonly warning: number;
  readonly critical: number;
}

/**
 * Parses and validates a configuration file's text.
 *
 * @param text - the file's content (JSON)
 * @param file - the file's name, for error messages
 * @returns the configuration with defaults filled in
 * @throws ConfigError naming the file and the field's path, and the line
 *   of a key given twice or of a number out of range
 * @example
 * parseConfig('{"horizonDays": 180}', 'headroom.json').horizonDays; // 180
 */
export function parseConfig(text: string, file: string): Config {
  const config = parseJsonFile(
    text,
    file,
    CONFIG_SCHEMA,
    (f, problem, location) => new ConfigError(f, problem, location),
  );
  checkThresholdOrder(config, text, file);
  return config;
}

/** The default configuration, as `{}` parses. */
export const DEFAULT_CONFIG: Config = CONFIG_SCHEMA.parse({});

/**
 * The thresholds for a link type: the type's fields override the defaults.
 *
 * @param config - the configuration
 * @param linkType - the link type
 * @returns warning and critical utilization
 * @example
 * thresholdsFor(DEFAULT_CONFIG, 'pni'); // { warning: 0.7, critical: 0.85 }
 */
export function thresholdsFor(config: Config, linkType: LinkType): Thresholds {
  return { ...config.thresholds.default, ...config.thresholds[linkType] };
}

/**
 * The days a run forecasts ahead: `horizonDays`, or `planningHorizonDays`
 * when that is longer (the ask counts the days up to it). Day `i` of every
 * forecast is `asOf + i`; the rules judge each of these days, so a what-if
 * event on any of them changes something.
 *
 * @param config - the configuration
 * @returns days from the as-of date on
 * @example
 * forecastDays({ ...DEFAULT_CONFIG, planningHorizonDays: 540 }); // 540
 */
export function forecastDays(
  config: Pick<Config, 'horizonDays' | 'planningHorizonDays'>,
): number {
  return Math.max(
    config.horizonDays,
    config.planningHorizonDays ?? config.horizonDays,
  );
}
