import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe("headroom run: a what-if's report folder", () => {
  it('stops a what-if whose name shares another what-if’s folder, instead of replacing its report', async () => {
    // Prepare: "Site down" published under scenarios/site-down/
    const out = join(root, 'out-what-if-folder');
    const first = join(root, 'site-down-1.json');
    const second = join(root, 'site-down-2.json');
    await writeSiteDown(first, 'Site down');
    await writeSiteDown(second, 'site-down');
    const what = (file: string) => [
      ...lakeArgs(out),
      '--as-of',
      AS_OF,
      '--scenario',
      file,
    ];
    await runCli(...what(first));
    const folder = join(out, 'scenarios', 'site-down', AS_OF);
    const manifest = await read(join(folder, 'manifest.json'));

    // Act: a name differing only in case and punctuation
    const { code, errors } = await runCli(...what(second));

    // Assess: stopped, naming the file, the line, the field and both
    // names; the first report is as it was
    expect(code).toBe(1);
    expect(errors).toContain(
      `headroom: ${second}, line 2: field 'name' would be published in ` +
        "scenarios/site-down/, which holds the what-if 'Site down' " +
        `(${AS_OF}): names that differ only in case or punctuation share ` +
        'a folder, so one report would replace the other; give this ' +
        'what-if another name (got "site-down")',
    );
    expect(await read(join(folder, 'manifest.json'))).toBe(manifest);
  });

  it('publishes the same what-if again over its own report', async () => {
    // Prepare
    const out = join(root, 'out-what-if-again');
    const file = join(root, 'site-down-again.json');
    await writeSiteDown(file, 'Site down');
    const what = [...lakeArgs(out), '--as-of', AS_OF, '--scenario', file];
    await runCli(...what);

    // Act
    const { code } = await runCli(...what);

    // Assess
    expect(code).toBeUndefined();
    const folder = join(out, 'scenarios', 'site-down', AS_OF);
    const manifest = JSON.parse(await read(join(folder, 'manifest.json')));
    expect(manifest.scenario).toBe('Site down');
  });
});
