import { CHART_COLOURS } from './chart-style.ts';
import type { Annotator } from './chart-types.ts';

/**
 * Writes a text at the forecast's end, e.g. the ISP's growth rate.
 *
 * @param label - the text
 * @returns an annotator for `buildChartData`
 * @example
 * buildChartData(series, undefined, asOf, 80, [forecastEndNote('+35.0%/yr')]);
 */
export function forecastEndNote(label: string): Annotator {
  return ({ fc }) => {
    const last = fc.at(-1);
    return last === undefined
      ? []
      : [{ t: last.t, v: last.m, label, colour: CHART_COLOURS.forecast }];
  };
}
