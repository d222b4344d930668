import type { Case } from '../../../bench/accuracy/data.ts';

/** A case of `family` (only its family is read by the choice). */
export const aCase = (family: Case['family']): Case => ({
  id: `${family}-1`,
  family,
  train: [],
  start: 0,
  scale: 1,
  test: [],
});
