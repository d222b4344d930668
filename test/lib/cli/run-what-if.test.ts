import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  AS_OF,
  lakeArgs,
  read,
  root,
  runCli,
  useSample,
} from './run-fixture.ts';
import { writeSiteDown } from './run-what-if-fixture.ts';

useSample();

describe('headroom run: what-if scenarios', () => {
  it('publishes a what-if under scenarios/ without sending or touching state', async () => {
    // Prepare
    const out = join(root, 'out-what-if');
    await runCli(...lakeArgs(out), '--as-of', AS_OF);
    const state = await read(join(out, 'state', 'notifications.json'));
    const latest = await read(join(out, 'reports', 'latest', 'manifest.json'));
    const outbox = await readdir(join(out, 'outbox', AS_OF));
    const file = join(root, 'scenario.json');
    const site = await writeSiteDown(file, 'Site down');

    // Act
    const { code } = await runCli(
      ...lakeArgs(out),
      '--as-of',
      AS_OF,
      '--scenario',
      file,
    );

    // Assess
    expect(code).toBeUndefined();
    const folder = join(out, 'scenarios', 'site-down', AS_OF);
    const index = await read(join(folder, 'index.html'));
    expect(index).toContain(`site ${site} down`);
    const drafts = await read(join(folder, 'what-if-messages.txt'));
    expect(drafts).toMatch(/what-if|No group/i);
    expect(await read(join(out, 'state', 'notifications.json'))).toBe(state);
    expect(await read(join(out, 'reports', 'latest', 'manifest.json'))).toBe(
      latest,
    );
    expect(await readdir(join(out, 'outbox', AS_OF))).toEqual(outbox);
  });

  it("gives a what-if's own pages to its drafted messages, and its banner to its partner packs", async () => {
    // Prepare: the first site down from today, so that bundles run out
    const out = join(root, 'out-what-if-pages');
    const file = join(root, 'scenario-pages.json');
    await writeSiteDown(file, 'Site down');

    // Act
    await runCli(...lakeArgs(out), '--as-of', AS_OF, '--scenario', file);

    // Assess: every link of the drafts opens a page of the what-if
    const folder = join(out, 'scenarios', 'site-down', AS_OF);
    const drafts = await read(join(folder, 'what-if-messages.txt'));
    const links = [...drafts.matchAll(/file:\/\/(\S+?\.html)/g)].map(
      (m) => m[1]!,
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.startsWith(`${folder}/isp/`)).toBe(true);
      await expect(stat(link)).resolves.toBeTruthy();
    }
    const packs = await readdir(join(folder, 'partners'));
    expect(packs.length).toBeGreaterThan(0);
    for (const pack of packs)
      expect(await read(join(folder, 'partners', pack))).toContain(
        'These figures are a what-if, not the plan.',
      );
  });

  it("says in its drafted messages that the lake's traffic stopped days before the what-if, as the real run's emails do", async () => {
    // Prepare: a what-if as of four days after the day after the sample's
    // last, the first site down from then, so that bundles run out
    const out = join(root, 'out-what-if-stale');
    const asOf = '2026-06-05';
    const file = join(root, 'scenario-stale.json');
    await writeSiteDown(file, 'Site down later', asOf);

    // Act
    await runCli(...lakeArgs(out), '--as-of', asOf, '--scenario', file);

    // Assess: under each drafted bundle's figures, as in a real alert
    const folder = join(out, 'scenarios', 'site-down-later', asOf);
    const drafts = emailProse(await read(join(folder, 'what-if-messages.txt')));
    const bundles = drafts.match(/^ {3}Now: /gm) ?? [];
    expect(bundles.length).toBeGreaterThan(0);
    expect(drafts.match(/^ {3}Data: +no traffic in [^\n]*/gm)).toEqual(
      bundles.map(
        () =>
          '   Data:             no traffic in the 4 days before this run, ' +
          'after 2026-05-31: the figures are as of then.',
      ),
    );
  });

  it('stops a what-if whose event names a link the inventory lacks, instead of reporting it as assumed', async () => {
    // Prepare: a typo in a link id, which matches no link
    const out = join(root, 'out-what-if-typo');
    const file = join(root, 'scenario-typo.json');
    await writeFile(
      file,
      JSON.stringify({
        name: 'Link down',
        events: [{ kind: 'link-down', linkId: 'no-such-link', from: AS_OF }],
      }),
    );

    // Act
    const { code, errors } = await runCli(
      ...lakeArgs(out),
      '--as-of',
      AS_OF,
      '--scenario',
      file,
    );

    // Assess
    expect(code).toBe(1);
    expect(errors).toContain(
      `headroom: ${file}, line 1: field 'events.0.linkId' names no ` +
        'link in links.csv (got "no-such-link")',
    );
    await expect(stat(join(out, 'scenarios'))).rejects.toThrow();
  });
});
