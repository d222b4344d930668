import type { DailySeries } from '#lib/domain/series';
import { G, LINK_A, LINK_B } from '../rules/series-fixture.ts';

/** Links A and B of the bundle, no augments. */
export const INVENTORY = { links: [LINK_A, LINK_B], augments: [] };
/** The bundle's ten days: 50 G on a reported capacity of 100 G. */
export const SERIES: DailySeries = {
  level: 'group',
  key: LINK_A.group,
  start: '2026-01-01',
  values: new Array<number>(10).fill(50 * G),
  capacity: new Array<number>(10).fill(100 * G),
};
/** The day after the series' last day. */
export const AS_OF = '2026-01-11';
