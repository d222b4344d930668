import { describe, expect, it } from 'vitest';
import { renderQualitySection } from '#lib/report/quality-section';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { UNLISTED_LINKS } from '../../fixtures/report/unlisted-link.ts';

describe('renderQualitySection', () => {
  it("names the bundle whose links' ids a traffic id reads like", () => {
    // Prepare: a new member of Acme's bundle, lit before links.csv was
    // edited, and an unrelated id (UNLISTED_LINKS)
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      ...UNLISTED_LINKS,
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '2 links in the traffic not in the inventory: lhr1-acme-pni-3 ' +
        '(reads like Acme/LHR1/pni&#39;s links: add it to links.csv if it ' +
        'is one), u9.',
    );
  });

  it('pairs a traffic id links.csv spells otherwise with the inventory id', () => {
    // Prepare: a collector writing ids in capitals
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      unknownLinks: ['LHR1-PNI-1', 'u9'],
      nearLinks: [{ linkId: 'LHR1-PNI-1', inventory: 'lhr1-pni-1' }],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '2 links in the traffic not in the inventory: LHR1-PNI-1, u9. ' +
        '1 of them differs only in case, spaces or punctuation from a ' +
        'links.csv link_id, whose link reads none of its traffic (ids ' +
        'match exactly: write it as links.csv does): LHR1-PNI-1 for ' +
        'lhr1-pni-1.',
    );
  });

  it('shows a zero-width space in a traffic id as its escape, in quotes', () => {
    // Prepare: the inventory's id with a zero-width space after it
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      unknownLinks: ['lhr1-pni-1\u200b'],
      nearLinks: [{ linkId: 'lhr1-pni-1\u200b', inventory: 'lhr1-pni-1' }],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess: it read "lhr1-pni-1 for lhr1-pni-1"
    expect(html).toContain(
      '1 link in the traffic not in the inventory: &quot;lhr1-pni-1\\u200b&quot;.',
    );
    expect(html).toContain(': &quot;lhr1-pni-1\\u200b&quot; for lhr1-pni-1.');
  });

  it('says a traffic id differs from the inventory id only in how its accents are encoded', () => {
    // Prepare: the collector writes é as e and a combining accent
    const input = fixtureInput();
    const [nfd, nfc] = ['te\u0301l-1', 't\u00e9l-1'];
    const dataQuality = {
      ...input.dataQuality,
      unknownLinks: [nfd],
      nearLinks: [{ linkId: nfd, inventory: nfc }],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess: it read "tél-1 for tél-1", two ids alike
    expect(html).toContain(
      `: ${nfd} (its accents encoded otherwise, NFD for NFC) for ${nfc}.`,
    );
  });

  it('writes an emoji or a Persian id with its joiner as it reads', () => {
    // Prepare: ids whose joiners are part of the letters drawn, and one
    // with a joiner after a space, which is not
    const input = fixtureInput();
    const ops = 'ops-\u{1f468}\u200d\u{1f4bb}';
    const persian = '\u0627\u06cc\u0631\u0627\u0646\u200c\u0633\u0644-1';
    const dataQuality = {
      ...input.dataQuality,
      unknownLinks: [ops, persian, 'Jio \u200d1'],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess: they read "ops-\ud83d\udc68\u200d\ud83d\udcbb" and
    // "\u0627…\u200c…", in quotes, as if they held a stray character
    expect(html).toContain(
      `3 links in the traffic not in the inventory: ${ops}, ${persian}, ` +
        '&quot;Jio \\u200d1&quot;.',
    );
  });

  it('names the inventory links with no traffic, the first 20 and how many more', () => {
    // Prepare: 23 links in links.csv whose traffic never came
    const input = fixtureInput();
    const silentLinks = Array.from(
      { length: 23 },
      (_, i) => `lhr1-idle-${String(i + 1).padStart(2, '0')}`,
    );
    const dataQuality = { ...input.dataQuality, silentLinks };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '<li>23 links in the inventory with no traffic in the window, not ' +
        `forecast: ${silentLinks.slice(0, 20).join(', ')} and 3 more.</li>`,
    );
  });

  it('says nothing of silent links when every link has traffic', () => {
    // Prepare
    const input = fixtureInput();
    const dataQuality = { ...input.dataQuality, silentLinks: [] };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).not.toContain('with no traffic in the window');
  });
});
