import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';
import { UNLISTED_LINKS } from '../../fixtures/report/unlisted-link.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { summary } from './run-summary-fixture.ts';

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
  it('shows an unseen character in an id as its escape', () => {
    // Prepare: a collector's id with a zero-width space, and one with a
    // right-to-left override, which showed its text backwards
    const run = summary(EVALUATIONS);
    const unknownLinks = ['lhr1-pni-1\u200b', 'evil\u202e1-inp'];

    // Act
    const text = formatRunSummary(
      { ...run, quality: { ...run.quality, unknownLinks } },
      'index.html',
    );

    // Assess: it read "lhr1-pni-1​", as the inventory's lhr1-pni-1 reads
    expect(consoleParagraph(text, 'Data quality')).toBe(
      'Data quality: no bad rows; 2 links not in the inventory: ' +
        '"lhr1-pni-1\\u200b", "evil\\u202e1-inp"',
    );
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

describe('formatRunSummary and a traffic id whose accents are encoded otherwise', () => {
  it('says so after the id, the two reading alike', () => {
    // Prepare: é written as e and a combining accent by the collector
    const run = summary(EVALUATIONS);
    const [nfd, nfc] = ['te\u0301l-1', 't\u00e9l-1'];
    const nearLinks = [{ linkId: nfd, inventory: nfc }];
    const quality = { ...run.quality, unknownLinks: [nfd], nearLinks };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess
    expect(consoleParagraph(text, 'Data quality')).toContain(
      `: ${nfd} (its accents encoded otherwise, NFD for NFC) for ${nfc})`,
    );
  });
});
