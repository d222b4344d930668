/** The as-of date of the tests. */
export const AS_OF = '2026-12-06';

/**
 * A 100 G PNI with a lead time of 90 days, critical at 85 %, as of
 * 2026-12-06: the sample's Laguna Movil/MAD1/pni, whose traffic stepped
 * up ten days before, has its order-by date one lead time ago.
 */
export const BUNDLE = {
  utilization: 0.78,
  critical: 0.85,
  criticalDateUpper: '2027-01-03',
  orderByDate: '2026-10-05',
};
