import { describe, expect, it } from 'vitest';
import { formatQuality } from '#lib/cli/format-quality-line';
import { loadQualityReport } from '../../helpers/whole-quality-report.ts';
import {
  engine,
  linksOf,
  seen,
  traffic,
  useQualityLake,
} from './load-quality-fixture.ts';

describe('loadQualityReport', () => {
  useQualityLake();

  it('names the inventory id that a traffic id spells otherwise', async () => {
    // Prepare: a collector writes three ids in capitals or with spaces
    // around them; u9 is no inventory link however written
    await seen('2026-01-01', ['LHR1-PNI-1', ' lhr1_pni_2', 'u9', 'lhr1-pni-3']);
    await traffic('2026-01-01');

    // Act
    const report = await loadQualityReport(engine, {
      from: '2026-01-01',
      to: '2026-01-02',
      links: linksOf(['lhr1-pni-1', 'lhr1-pni-2', 'lhr1-pni-3']),
    });

    // Assess: the unknown ids are still listed, and each of the first two
    // is paired with the link it means, whose traffic is not read
    expect(report).toMatchObject({
      unknownLinks: [' lhr1_pni_2', 'LHR1-PNI-1', 'u9'],
      silentLinks: ['lhr1-pni-1', 'lhr1-pni-2'],
      nearLinks: [
        { linkId: ' lhr1_pni_2', inventory: 'lhr1-pni-2' },
        { linkId: 'LHR1-PNI-1', inventory: 'lhr1-pni-1' },
      ],
    });
  });

  it('names an id spelled otherwise on a past day only with the link it means, not as a removed link', async () => {
    // Prepare: a backfill of 01-01 from another exporter wrote an id in
    // capitals (its traffic stopped: it read as a link taken out of
    // links.csv, on no console); the lake runs to 01-05
    await seen('2026-01-01', ['LHR1-PNI-1', 'u8']);
    for (const dt of ['2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05']) {
      await seen(dt, ['lhr1-pni-1']);
    }

    // Act
    const report = await loadQualityReport(engine, {
      from: '2026-01-01',
      to: '2026-01-06',
      links: linksOf(['lhr1-pni-1']),
    });

    // Assess: the capitals are lhr1-pni-1's day, read by none; u8 was removed
    expect(report).toMatchObject({
      unknownLinks: ['LHR1-PNI-1'],
      nearLinks: [{ linkId: 'LHR1-PNI-1', inventory: 'lhr1-pni-1' }],
      removedLinks: [{ linkId: 'u8', lastDay: '2026-01-01' }],
    });
    // and the console names it so
    expect(formatQuality(report, undefined)).toBe(
      'Data quality: no bad rows; 1 link not in the inventory: LHR1-PNI-1 ' +
        '(1 differs only in case, spaces or punctuation from a links.csv ' +
        'link_id, whose link reads none of its traffic: ids match exactly, ' +
        'so write it as links.csv does: LHR1-PNI-1 for lhr1-pni-1)',
    );
  });

  it("names the links whose traffic stopped before the lake's last day", async () => {
    // Prepare: l2's last row is 01-03 and l3's 01-04 of the lake's 01-05;
    // l4 sent nothing
    const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];
    for (const [i, dt] of days.entries()) {
      await seen(dt, ['l1', 'l3', ...(i < 3 ? ['l2'] : [])]);
    }
    await seen('2026-01-05', ['l1']);

    // Act
    const report = await loadQualityReport(engine, {
      from: '2026-01-01',
      to: '2026-01-07',
      links: linksOf(['l1', 'l2', 'l3', 'l4']),
    });

    // Assess: l3 missed one day only, l4 is silent, not quiet
    expect(report.quietLinks).toEqual([
      { linkId: 'l2', lastDay: '2026-01-03', series: ['group:l2', 'isp:Acme'] },
    ]);
    expect(report.silentLinks).toEqual(['l4']);
  });

  it('lists a link taken out of links.csv after its traffic stopped apart from the unknown ones', async () => {
    // Prepare: l2 was decommissioned, its traffic stopped after 01-03 and
    // its row left links.csv, as the alerts' Data line advises ("check its
    // collector, or links.csv if it was removed"); u9, in no links.csv,
    // still sends. The month's run named such a link "not in the
    // inventory" on every run, for the history window's two years.
    const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];
    for (const [i, dt] of days.entries()) {
      await seen(dt, ['l1', 'u9', ...(i < 3 ? ['l2'] : [])]);
    }
    await seen('2026-01-05', ['l1', 'u9']);

    // Act
    const report = await loadQualityReport(engine, {
      from: '2026-01-01',
      to: '2026-01-06',
      links: linksOf(['l1']),
    });

    // Assess: u9's traffic is set aside now; l2's stopped with the link
    expect(report.unknownLinks).toEqual(['u9']);
    expect(report.removedLinks).toEqual([
      { linkId: 'l2', lastDay: '2026-01-03' },
    ]);
  });

  it('names a link retired in links.csv neither silent nor quiet, and names its traffic after the day', async () => {
    // Prepare: l2 retired on 01-03, its last hours of traffic that day;
    // l3 retired on 01-03 still sends; l4, retired before the window,
    // never sent in it
    for (const dt of ['2026-01-01', '2026-01-02', '2026-01-03']) {
      await seen(dt, ['l1', 'l2', 'l3']);
    }
    await seen('2026-01-04', ['l1', 'l3']);
    await seen('2026-01-05', ['l1', 'l3']);
    const links = linksOf(['l1', 'l2', 'l3', 'l4']);
    const retiredOn = ['', '2026-01-03', '2026-01-03', '2025-06-01'];

    // Act
    const report = await loadQualityReport(engine, {
      from: '2026-01-01',
      to: '2026-01-06',
      links: links.map((l, i) =>
        retiredOn[i] ? { ...l, retiredOn: retiredOn[i] } : l,
      ),
    });

    // Assess
    expect(report.silentLinks).toEqual([]);
    expect(report.quietLinks).toBeUndefined();
    expect(report.trafficAfterRetirement).toEqual([
      { linkId: 'l3', retiredOn: '2026-01-03', lastDay: '2026-01-05' },
    ]);
    // each of l2, l3, l4 is its bundle's only link: the bundles are
    // retired; Acme keeps l1
    expect(report.retiredSeries).toEqual(['group:l2', 'group:l3', 'group:l4']);
  });
});
