import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderDataFiles } from '#lib/report/render-data-files';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';

type Row = Record<string, string>;

/**
 * 78 % now, over warning (70 %) and under critical (85 %); with a weekly
 * pattern the forecast's first day over warning is tomorrow, and over
 * full capacity never within the horizon.
 */
const AT_78: Evaluation = {
  ...ACME_LHR1,
  utilization: 0.78,
  warning: 0.7,
  critical: 0.85,
  warningDate: '2026-11-27',
  warningDateUpper: '2026-11-27',
  criticalDate: '2027-03-01',
  criticalDateUpper: '2027-01-10',
  fullDate: undefined,
  fullDateUpper: undefined,
};

/** 88 % now, over critical, while the forecast stays below it. */
const AT_88: Evaluation = {
  ...AT_78,
  key: 'Acme Telecom/LHR1/ix',
  utilization: 0.88,
  criticalDate: undefined,
  criticalDateUpper: undefined,
};

function files(): Map<string, string> {
  const input = fixtureInput({ evaluations: [AT_78, AT_88] });
  return new Map(renderDataFiles(input).map((f) => [f.path, f.body]));
}

const csvRows = (body: string) => parse(body, { columns: true }) as Row[];

const DATES = [
  'warning_date',
  'warning_date_upper',
  'critical_date',
  'critical_date_upper',
  'full_date',
  'full_date_upper',
] as const;

const datesOf = (row: Row | Record<string, unknown>) =>
  Object.fromEntries(DATES.map((d) => [d, row[d] ?? null]));

describe('threshold dates in the data files', () => {
  it('gives the as-of date for a threshold reached now, the forecast day otherwise', () => {
    // Act
    const out = files();
    const groups = csvRows(out.get('groups.csv')!);
    const forecasts = csvRows(out.get('forecasts.csv')!);
    // Assess: reached warning reads today, as the pages' "reached"
    const at78 = {
      warning_date: AS_OF,
      warning_date_upper: AS_OF,
      critical_date: '2027-03-01',
      critical_date_upper: '2027-01-10',
      full_date: '',
      full_date_upper: '',
    };
    const at88 = {
      ...at78,
      critical_date: AS_OF,
      critical_date_upper: AS_OF,
    };
    expect(groups.map(datesOf)).toEqual([at78, at88]);
    expect(forecasts.map(datesOf)).toEqual([at78, at88]);
  });

  it('gives the same dates in alerts.json and forecasts.json, null where not reached', () => {
    // Act
    const out = files();
    const alerts = JSON.parse(out.get('alerts.json')!) as Row[];
    const json = JSON.parse(out.get('forecasts.json')!) as Row[];
    // Assess
    for (const rows of [alerts, json]) {
      expect(rows.map((r) => r.warning_date)).toEqual([AS_OF, AS_OF]);
      expect(rows.map((r) => r.critical_date)).toEqual(['2027-03-01', AS_OF]);
      expect(rows.map((r) => r.full_date_upper)).toEqual([null, null]);
    }
  });

  it('keeps the order-by date the decision gave', () => {
    // Act
    const groups = csvRows(files().get('groups.csv')!);
    // Assess
    expect(groups.map((r) => r.order_by_date)).toEqual([
      ACME_LHR1.orderByDate,
      ACME_LHR1.orderByDate,
    ]);
  });
});
