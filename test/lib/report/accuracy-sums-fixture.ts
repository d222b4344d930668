/** The series and horizon of the sums in the tests: Acme at 30 days. */
export const ACME_30 = {
  level: 'isp' as const,
  key: 'Acme Telecom',
  isp: 'Acme Telecom',
  horizonDays: 30,
};

/** Acme's sums at 30 days: 2 points, 1 inside and 1 above. */
export const ACME_30_SUMS = {
  ...ACME_30,
  count: 2,
  absErrorPct: 40,
  errorPct: -20,
  bounded: 2,
  inside: 1,
  above: 1,
};
