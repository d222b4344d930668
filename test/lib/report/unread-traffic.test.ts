import { describe, expect, it } from 'vitest';
import { unreadTraffic } from '#lib/report/unread-traffic';

const lacking = (day: string, missing: string[], counted: string) => ({
  file: `traffic/dt=${day}/part-0.parquet`,
  day,
  reason: `no column ${missing.join(', ')}: its rows count as ${counted}`,
  missing,
});

describe('unreadTraffic', () => {
  it('names files lacking a column apart from those left out, each with its column', () => {
    // Prepare
    const unreadableFiles = [
      lacking('2026-05-20', ['out_bps'], 'empty or not finite'),
      {
        file: 'traffic/dt=2026-05-21/a.parquet',
        day: '2026-05-21',
        reason: 'column ts is BIGINT, expected a timestamp',
      },
      lacking('2026-05-22', ['link_id'], 'empty link_id'),
    ];

    // Act
    const found = unreadTraffic({ unreadableFiles, daysNotReRolled: [] });

    // Assess
    expect(found).toEqual([
      {
        head: '1 traffic file could not be read, left out of its day',
        detail:
          ' (each day is rolled up again on every run, until its file is ' +
          'readable or removed)',
        items: [
          'traffic/dt=2026-05-21/a.parquet (column ts is BIGINT, expected a timestamp)',
        ],
        names: ['traffic/dt=2026-05-21/a.parquet'],
      },
      {
        head:
          '2 traffic files lacking a column the rollup needs, read with it ' +
          'empty, their rows counted as bad',
        detail:
          ' (as Athena reads them; each day is rolled up again on every ' +
          'run, until its file holds the column or is removed)',
        items: [
          'traffic/dt=2026-05-20/part-0.parquet (no column out_bps: its rows count as empty or not finite)',
          'traffic/dt=2026-05-22/part-0.parquet (no column link_id: its rows count as empty link_id)',
        ],
        names: [
          'traffic/dt=2026-05-20/part-0.parquet (no out_bps)',
          'traffic/dt=2026-05-22/part-0.parquet (no link_id)',
        ],
      },
    ]);
  });

  it('names files whose ts is far off their day apart, with the likely cause, on the console too', () => {
    // Prepare
    const unreadableFiles = [
      {
        file: 'traffic/dt=2026-05-20/part-0.parquet',
        day: '2026-05-20',
        reason:
          'ts reads as 1970-01-21, not on its dt= day: epoch seconds ' +
          'written as milliseconds?',
        offDay: {
          first: '1970-01-21T13:12:00.000Z',
          last: '1970-01-21T13:13:26.100Z',
        },
      },
    ];

    // Act
    const found = unreadTraffic({ unreadableFiles, daysNotReRolled: [] });

    // Assess: before, read as a file left out
    const named =
      'traffic/dt=2026-05-20/part-0.parquet (ts reads as 1970-01-21, not ' +
      'on its dt= day: epoch seconds written as milliseconds?)';
    expect(found).toEqual([
      {
        head:
          "1 traffic file whose ts is far off its dt= folder's day, its " +
          'rows counted as wrong partition',
        detail:
          ' (its day is rolled up again on every run, until the file is ' +
          'fixed or removed)',
        items: [named],
        names: [named],
      },
    ]);
  });
});
