import { bestHinge } from './changepoint.ts';
import { type DesignSpec, designWidth, sharedDesign } from './design.ts';
import { laplaceFit } from './laplace-fit.ts';
import type { LaplaceChangepoints } from './laplace-hinges.ts';
import { centredLeastSquares } from './linalg.ts';

/** How a trend regression's slope may change. */
export interface TrendShape {
  /** Search for one trend changepoint (hinge), fitted by least squares. */
  readonly changepoint: boolean;
  /**
   * Prophet's changepoints instead: many, each slope change shrunk by a
   * Laplace prior, fitted by MAP (docs/architecture.md "The forecast
   * engine").
   */
  readonly laplace?: LaplaceChangepoints;
}

/**
 * The design and coefficients of a trend regression on a window: with
 * Prophet's changepoints by {@link laplaceFit} (y scaled by its largest
 * |value| as Prophet does, by 1 on logs, which are relative already),
 * otherwise by least squares with the searched hinge when configured.
 *
 * @param shape - the changepoint settings
 * @param base - the design without hinges
 * @param y - fitted (possibly log) values of the window
 * @param n - length of the whole series
 * @param log - whether `y` holds logs
 * @returns the design and its coefficients
 * @example
 * trendCoefficients({ changepoint: false }, base, y, y.length, false);
 */
export function trendCoefficients(
  shape: TrendShape,
  base: Omit<DesignSpec, 'hinges'>,
  y: readonly number[],
  n: number,
  log: boolean,
): { spec: DesignSpec; coef: Float64Array } {
  if (shape.laplace) {
    let top = 0;
    for (const v of y) top = Math.max(top, Math.abs(v));
    return laplaceFit(base, y, n, shape.laplace, log || top === 0 ? 1 : top);
  }
  const hinges = shape.changepoint ? bestHinge(base, y, n) : [];
  const spec = { ...base, hinges };
  const rows = sharedDesign(spec, n - y.length, n - 1);
  const coef = centredLeastSquares(rows, y, designWidth(spec), 1e-12, true);
  return { spec, coef };
}
