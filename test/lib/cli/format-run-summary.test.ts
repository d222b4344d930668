import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import type { Message } from '#lib/domain/message';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { EMPTY_ROLLUP } from '#lib/pipeline/rollup-stage';
import type { RunSummary } from '#lib/pipeline/run-pipeline';
import { renderQualitySection } from '#lib/report/quality-section';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { UNLISTED_LINKS } from '../../fixtures/report/unlisted-link.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { htmlText } from '../../helpers/html-text.ts';

const summary = (evaluations: RunSummary['evaluations']): RunSummary => ({
  runId: '2026-11-26T060000',
  asOf: '2026-11-26',
  folder: 'reports/2026-11-26',
  rollup: EMPTY_ROLLUP,
  evaluations,
  severities: { critical: 1, warning: 1, watch: 1, ok: 1 },
  quality: {
    from: '2024-11-26',
    to: '2026-11-26',
    totals: {},
    byLink: [],
    unknownLinks: [],
    missingDays: [],
  },
  notifications: {
    dryRun: false,
    messages: [],
    sent: 0,
    failed: 0,
    skipped: 0,
    failures: [],
  },
  seconds: 1,
});

describe('formatRunSummary', () => {
  it('says a group already over critical has reached it, as the report does, and dates the others', () => {
    // Prepare: Acme LHR1 at 88 % now; Globex FRA2 below critical
    const evaluations = EVALUATIONS.map((e) =>
      e.key === 'Acme Telecom/LHR1/pni'
        ? { ...e, lastPeakBps: 176e9, utilization: 0.88 }
        : e,
    );

    // Act
    const lines = formatRunSummary(summary(evaluations), 'index.html').split(
      '\n',
    );

    // Assess
    // A group's figures are on the line under its name
    const row = (key: string) => lines[lines.indexOf(`  ${key}`) + 1]!;
    expect(row('Acme Telecom/LHR1/pni')).toMatch(/88\.0%\s+reached\s/);
    expect(row('Globex/FRA2/ix')).toMatch(/\d{4}-\d{2}-\d{2}\s+\S/);
    expect(row('Globex/FRA2/ix')).not.toContain('reached');
  });

  it('says where each order stands as the alert and the overview do: needed now, OVERDUE, due today or the date', () => {
    // Prepare: as of 2026-11-26, Acme LHR1's order-by date 2026-10-04
    // with critical on 2027-01-02 still ahead (a deadline missed); the
    // same over critical now (needed now, the order-by date one lead time
    // ago); Globex FRA2's due today, then on 2026-12-03 ahead
    const lhr1 = EVALUATIONS.find((e) => e.key === 'Acme Telecom/LHR1/pni')!;
    const fra2 = EVALUATIONS.find((e) => e.key === 'Globex/FRA2/ix')!;
    const evaluations = [
      lhr1,
      {
        ...lhr1,
        key: 'Acme Telecom/LHR2/pni',
        lastPeakBps: 176e9,
        utilization: 0.88,
      },
      { ...fra2, key: 'Globex/FRA3/ix', orderByDate: '2026-11-26' },
      fra2,
    ];

    // Act
    const lines = formatRunSummary(summary(evaluations), 'index.html').split(
      '\n',
    );

    // Assess: before, the bare dates 2026-10-04 for both Acme bundles
    const table = lines.slice(lines.indexOf('  GROUP'), lines.indexOf('', 5));
    const names = table.filter((l) => /^ {2}\S/.test(l));
    const figures = table.filter((l) => /^ {4}\S/.test(l));
    expect(names.map((l) => l.trim())).toEqual([
      'GROUP',
      'Acme Telecom/LHR1/pni',
      'Acme Telecom/LHR2/pni',
      'Globex/FRA3/ix',
      'Globex/FRA2/ix',
    ]);
    expect(figures.map((l) => l.trim().split(/ {2,}/).slice(0, 2))).toEqual([
      ['SEVERITY', 'ORDER BY'],
      ['critical', 'OVERDUE 53 d'],
      ['critical', 'needed now'],
      ['warning', 'due today'],
      ['warning', '2026-12-03'],
    ]);
    // The p95 column starts where its header does, the order-by column
    // no wider than its longest cell
    expect(
      new Set(figures.map((l) => l.search(/ (P95|[\d.]+ [kMGT]?bps)/))),
    ).toEqual(new Set([27]));
  });

  it('fits an 80-column terminal: each group named on its own line, its figures beneath, the widest of them included', () => {
    // Prepare: a bundle named at length in links.csv, OVERDUE by 100
    // days, 10 ports of 10 G to add, at 84.99 %: the widest cells
    const lhr1 = EVALUATIONS.find((e) => e.key === 'Acme Telecom/LHR1/pni')!;
    const name = 'Acme Telecom London Docklands private interconnect bundle 1';
    const wide = {
      ...lhr1,
      key: name,
      orderByDate: '2026-08-18',
      criticalDateUpper: '2027-01-02',
      lastPeakBps: 169.98e9,
      capacityBps: 200e9,
      utilization: 0.84996,
      recommendedPorts: 10,
      portBps: 10e9,
    };

    // Act
    const lines = formatRunSummary(summary([wide]), 'index.html').split('\n');

    // Assess: before, the one-line rows were 115 characters wide
    const table = lines.slice(lines.indexOf('  GROUP'), lines.indexOf('', 5));
    expect(table).toEqual([
      '  GROUP',
      '    SEVERITY  ORDER BY       P95       UTIL    CRITICAL (UPPER)  ADD',
      `  ${name}`,
      '    critical  OVERDUE 100 d  170 Gbps  84.99%  2027-01-02        10 × 10.0 Gbps',
    ]);
    for (const l of table) expect(l.length).toBeLessThanOrEqual(80);
  });

  it('says to expedite the planned augment of a bundle needed now with no ask, as the digest does, where it read a bare —', () => {
    // Prepare: Acme LHR1 needed now, its planned +400 Gbps 39 days late
    // and enough once in: no ask
    const lhr1 = EVALUATIONS.find((e) => e.key === 'Acme Telecom/LHR1/pni')!;
    const late = {
      ...lhr1,
      recommendedPorts: 0,
      recommendedAddBps: 0,
      expedite: {
        reference: 'CHG-19621',
        addedBps: 400e9,
        inServiceDate: '2027-01-10',
        byDays: 39,
        targetDate: '2026-12-02',
        askPorts: 0,
        askBps: 0,
      },
    };

    // Act
    const lines = formatRunSummary(summary([late]), 'index.html').split('\n');

    // Assess
    const at = lines.indexOf('  Acme Telecom/LHR1/pni');
    expect(lines[at + 1]).toMatch(/ —$/);
    // within the terminal's 80 columns, where the line was 86
    expect(lines.slice(at + 2, at + 4)).toEqual([
      '    expedite the planned +400 Gbps on 2027-01-10 (CHG-19621, 39 d late): no ask',
      '      on top',
    ]);
  });

  it('says a what-if sent nothing and names the file of the messages it would send, where a real run counts those sent', () => {
    // Prepare: a what-if that drafted two messages
    const drafted = ['acme', 'globex'].map(
      (isp): Message => ({
        id: `2026-11-26/alert/${isp}/1`,
        subject: `[Headroom what-if] ${isp}`,
        body: '',
        attributes: { isp, region: 'EMEA', severity: 'critical', owner: 'o' },
      }),
    );
    const whatIf = summary(EVALUATIONS);
    const run = {
      ...whatIf,
      notifications: {
        ...whatIf.notifications,
        dryRun: true,
        messages: drafted,
      },
    };
    const index = 'out/scenarios/site-down/2026-11-26/index.html';

    // Act
    const lines = formatRunSummary(run, index, true).split('\n');
    const real = formatRunSummary(summary(EVALUATIONS), 'index.html');

    // Assess
    expect(consoleParagraph(lines, 'Notifications')).toBe(
      'Notifications: none sent (a what-if); it would send 2: ' +
        'out/scenarios/site-down/2026-11-26/what-if-messages.txt',
    );
    expect(real).toContain(
      'Notifications: 0 sent, 0 failed (nothing new since the last messages)',
    );
  });

  it('says no group at risk needed a message where none is at risk', () => {
    // Prepare: every group at ok or watch
    const calm = EVALUATIONS.map((e) => ({ ...e, severity: 'ok' as const }));

    // Act
    const text = formatRunSummary(summary(calm), 'index.html');

    // Assess
    expect(text).toContain('Notifications: 0 sent, 0 failed\n');
  });

  it('says a rerun on the same date sent nothing new because an earlier run sent it', () => {
    // Prepare: the day's six alerts went out with the first run
    const first = summary(EVALUATIONS);
    const rerun = {
      ...first,
      notifications: { ...first.notifications, skipped: 6 },
    };

    // Act
    const text = formatRunSummary(rerun, 'index.html');

    // Assess: before, a bare 'Notifications: 0 sent, 0 failed'
    expect(text).toContain(
      'Notifications: 0 sent, 0 failed, 6 sent already by an earlier run for this date',
    );
  });
});

describe("formatRunSummary's times", () => {
  it('names what each time on its line under the date is: the rollup, then the forecast and report', () => {
    // Prepare: a rollup of 33.49 s, then 10.1 s from the plan to publish's end
    const run = summary(EVALUATIONS);
    const timed = {
      ...run,
      rollup: { ...run.rollup, seconds: 33.49 },
      seconds: 10.1,
    };

    // Act
    const [, first, second] = formatRunSummary(timed, 'index.html').split('\n');

    // Assess: no bare '10.1 s' to read as the run's whole time beside
    // npm start's 'Done in …'; on a line of its own, where the first
    // line with it was 91 columns
    expect([first, second]).toEqual([
      'Headroom as of 2026-11-26 (run 2026-11-26T060000)',
      'Times: rollup 33.5 s, forecast and report 10.1 s',
    ]);
  });
});

describe("formatRunSummary's data-quality counts", () => {
  it("counts the rows in the overview's words and order, not the codes of data-quality.json", async () => {
    // Prepare: the sample's counts, and one of each rarer kind
    const run = summary(EVALUATIONS);
    const totals = {
      duplicate: 7419,
      missing_samples: 64561,
      negative: 59,
      spike: 1631,
      zero: 58264,
      non_finite: 64,
      unknown_link: 36737,
      wrong_partition: 12,
      unaligned: 5,
      capacity_replaced: 3,
    };
    const quality = { ...run.quality, totals };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');
    const overview = htmlText(
      renderQualitySection(
        fixtureInput({
          dataQuality: { ...fixtureInput().dataQuality, totals },
        }),
      ),
    );

    // Assess: what the overview says each count is, without the cause
    // and the fix it adds; zeros kept in the fit apart from the rows left
    // out of it, as the overview tells them
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      'Data quality: bad traffic rows left out of the fit: duplicate 7,419, empty or not finite 64, negative 59, spike 1,631, unknown link 36,737; ' +
        "traffic rows whose ts is not on their dt= folder's day (UTC), left out of the fit: 12; " +
        'zero samples, kept in the fit: 58,264; ' +
        "samples missing at each link's interval: 64,561; " +
        'samples whose time is off their interval on the clock: 5; ' +
        'traffic rows whose capacity_bps was no capacity: 3',
    );
    for (const code of QUALITY_KINDS.filter((k) => k.includes('_'))) {
      expect(line).not.toContain(code);
    }
    for (const words of [
      'Bad traffic rows left out of the fit: duplicate: 7,419 rows; empty or not finite: 64 rows',
      'Zero samples, kept in the fit',
      "Samples missing at each link's interval: 64,561.",
    ]) {
      expect(overview).toContain(words);
    }
  });
});

describe('formatRunSummary and link ids from the traffic', () => {
  it('prints an unknown link id on its own line never, and long ones cut', () => {
    // Prepare: ids the traffic carried, unchecked: one with a line break
    // that forged a summary line, one of 10,000 characters, one with
    // spaces around it (read as the inventory's), and five more
    const run = summary(EVALUATIONS);
    const unknownLinks = [
      'evil\nGroups: 0 critical',
      'x'.repeat(10_000),
      ' jnb1-cache-1 ',
      ...['a', 'b', 'c', 'd', 'e'],
    ];

    // Act
    const text = formatRunSummary(
      { ...run, quality: { ...run.quality, unknownLinks } },
      'index.html',
    );

    // Assess
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      `Data quality: no bad rows; 8 links not in the inventory: "evil\\nGroups: 0 critical", ${'x'.repeat(200)}…, " jnb1-cache-1 ", a, b and 3 more`,
    );
    expect(text).not.toMatch(/^Groups: 0 critical/m);
  });
});

describe("formatRunSummary and traffic ids that read like a bundle's links", () => {
  it('names the bundle after the id, and says what to do', () => {
    // Prepare: a new member of Acme's bundle, lit before links.csv was
    // edited, and an unrelated id (UNLISTED_LINKS)
    const run = summary(EVALUATIONS);
    const quality = {
      ...run.quality,
      ...UNLISTED_LINKS,
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      "Data quality: no bad rows; 2 links not in the inventory: lhr1-acme-pni-3 (reads like Acme/LHR1/pni's links: add it to links.csv if it is one), u9",
    );
  });
});

describe("formatRunSummary and a bundle not forecast whose links' ids a traffic id reads like", () => {
  it('names the id after the bundle as it names unknown ids: never on a line of its own', () => {
    // Prepare: Acme's bundle sent no data for two weeks, and an id from
    // the traffic, unchecked, that reads like its links holds a line break
    const run = summary(EVALUATIONS);
    const id = 'lhr1-acme-pni-3\nGroups: 0 critical';
    const quality = {
      ...run.quality,
      unknownLinks: [id],
      likelyMembers: [{ ...UNLISTED_LINKS.likelyMembers[0]!, linkId: id }],
      staleSeries: ['group:Acme/LHR1/pni'],
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess: the id written as a JSON string in both places
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toContain(
      'not forecast, no data for two weeks: group:Acme/LHR1/pni ("lhr1-acme-pni-3\\nGroups: 0 critical" sends traffic but is not in links.csv',
    );
    expect(text).not.toMatch(/^Groups: 0 critical/m);
  });
});

describe('formatRunSummary and traffic ids links.csv spells otherwise', () => {
  it('pairs each with the inventory id it means, and says what to do', () => {
    // Prepare: a collector writing two ids in capitals, one of them with
    // a line break; its links read no traffic
    const run = summary(EVALUATIONS);
    const quality = {
      ...run.quality,
      unknownLinks: ['LHR1-PNI-1', 'LHR1-PNI-2\n', 'u9'],
      nearLinks: [
        { linkId: 'LHR1-PNI-1', inventory: 'lhr1-pni-1' },
        { linkId: 'LHR1-PNI-2\n', inventory: 'lhr1-pni-2' },
      ],
      silentLinks: ['lhr1-pni-1', 'lhr1-pni-2'],
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      'Data quality: no bad rows; 3 links not in the inventory: LHR1-PNI-1, "LHR1-PNI-2\\n", u9 ' +
        '(2 differ only in case, spaces or punctuation from a links.csv link_id, whose link reads none of their traffic: ids match exactly, so write them as links.csv does: ' +
        'LHR1-PNI-1 for lhr1-pni-1, "LHR1-PNI-2\\n" for lhr1-pni-2); ' +
        '2 inventory links with no traffic in the window (see data-quality.json): lhr1-pni-1, lhr1-pni-2',
    );
  });
});

describe('formatRunSummary and links whose traffic was all set aside', () => {
  it('says their samples were set aside, not that no data came', () => {
    // Prepare: a1's every sample of two weeks set aside as spikes (a
    // collector writing capacities in kbps), so its group and link went
    // stale; lhr1-gone-1 vanished
    const run = summary(EVALUATIONS);
    const quality = {
      ...run.quality,
      totals: { spike: 4032 },
      staleSeries: ['link:a1', 'group:Acme/LHR1/pni', 'link:lhr1-gone-1'],
      setAsideLinks: [
        {
          linkId: 'a1',
          series: ['link:a1', 'group:Acme/LHR1/pni', 'isp:Acme'],
        },
      ],
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess: "no data for two weeks" sent the user to the delivery of
    // traffic, which came; only the vanished link is said to have none
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      'Data quality: bad traffic rows left out of the fit: spike 4,032; not forecast, every sample of the last two weeks set aside (spike, negative or not finite; see data-quality.json): a1, nor link:a1, group:Acme/LHR1/pni; ' +
        'not forecast, no data for two weeks: link:lhr1-gone-1',
    );
  });
});

describe('formatRunSummary and a link whose traffic stopped', () => {
  it('names it with its last day, and its bundle not forecast for want of whole days', () => {
    // Prepare: a2 stopped three weeks ago; its group's days since were
    // left out, so the group went stale, as did a2's own series
    const run = summary(EVALUATIONS);
    const quality = {
      ...run.quality,
      staleSeries: ['link:a2', 'group:Acme/LHR1/pni'],
      quietLinks: [
        {
          linkId: 'a2',
          lastDay: '2026-11-05',
          series: ['group:Acme/LHR1/pni', 'isp:Acme'],
        },
      ],
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess: the group has data, only not whole: "no data" would be wrong
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      "Data quality: no bad rows; 1 link whose traffic stopped, their bundles' days since left out of the forecast where over 10% of their traffic: a2 (last 2026-11-05); " +
        'not forecast, no whole day for two weeks: group:Acme/LHR1/pni; ' +
        'not forecast, no data for two weeks: link:a2',
    );
  });

  it('names a link retired in links.csv whose traffic still came since', () => {
    // Prepare
    const run = summary(EVALUATIONS);
    const quality = {
      ...run.quality,
      trafficAfterRetirement: [
        { linkId: 'a2', retiredOn: '2026-11-05', lastDay: '2026-11-25' },
      ],
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      'Data quality: no bad rows; 1 link retired in links.csv still sending, counted in their bundles, not forecast: a2 (retired 2026-11-05, last 2026-11-25)',
    );
  });
});

describe('formatRunSummary and days with no traffic', () => {
  /** Days of November 2026, as `YYYY-MM-DD`. */
  const november = (...days: number[]) =>
    days.map((d) => `2026-11-${`${d}`.padStart(2, '0')}`);
  const withMissing = (missingDays: string[]) => {
    const run = summary(EVALUATIONS);
    return {
      ...run,
      quality: { ...run.quality, firstTrafficDay: '2025-10-02', missingDays },
    };
  };

  it('says under the counts, as the emails do, that the figures are as of the day the traffic stopped, and counts the earlier days apart', () => {
    // Prepare: the traffic stopped after 2026-11-18, and two days in the
    // middle of the window had none; the run is of 2026-11-26
    const run = withMissing([
      '2026-03-01',
      '2026-08-07',
      ...november(19, 20, 21, 22, 23, 24, 25),
    ]);

    // Act
    const lines = formatRunSummary(run, 'index.html').split('\n');

    // Assess: the email digest's header line, word for word, under the
    // counts (cut within the 80 columns)
    expect(lines.slice(3, 6)).toEqual([
      'Groups: 1 critical, 1 warning, 1 watch, 1 ok',
      'Data: no traffic in the 7 days before this run, after 2026-11-18: the figures',
      '  are as of then.',
    ]);
    expect(consoleParagraph(lines, 'Data quality')).toBe(
      'Data quality: no bad rows; 2 earlier days with no traffic',
    );
  });

  it('counts days with no traffic in the middle of the window in words, one day in the singular, with no Data line', () => {
    // Prepare
    const one = withMissing(november(3));
    const two = withMissing(november(3, 4));

    // Act
    const oneText = formatRunSummary(one, 'index.html');
    const twoText = formatRunSummary(two, 'index.html');

    // Assess
    const line = (text: string) => consoleParagraph(text, 'Data quality');
    expect(line(oneText)).toBe(
      'Data quality: no bad rows; 1 day with no traffic',
    );
    expect(line(twoText)).toBe(
      'Data quality: no bad rows; 2 days with no traffic',
    );
    expect(oneText).not.toMatch(/^Data: /m);
    expect(twoText).not.toMatch(/^Data: /m);
  });

  it("reads the day the traffic stopped from the run's date on both lines, whatever the data-quality window's end", () => {
    // Prepare: the traffic stopped after 2026-11-18 and two days in the
    // middle had none; the report's window ends on 2026-11-28, not on
    // the run's date, after the outage, on days with traffic
    const stopped = withMissing([
      '2026-03-01',
      '2026-08-07',
      ...november(19, 20, 21, 22, 23, 24, 25),
    ]);
    const run = {
      ...stopped,
      quality: { ...stopped.quality, to: '2026-11-28' },
    };

    // Act
    const lines = formatRunSummary(run, 'index.html').split('\n');

    // Assess: before, the Data line said the 7 days before the run and
    // the Data quality line counted them again, '9 days with no traffic'
    expect(consoleParagraph(lines, 'Data:')).toBe(
      'Data: no traffic in the 7 days before this run, after 2026-11-18: the figures are as of then.',
    );
    expect(consoleParagraph(lines, 'Data quality')).toBe(
      'Data quality: no bad rows; 2 earlier days with no traffic',
    );
  });

  it('says nothing of days with no traffic when every day had some', () => {
    // Act
    const text = formatRunSummary(withMissing([]), 'index.html');

    // Assess
    expect(text).not.toContain('no traffic');
  });
});
