import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { checkScenarioFolder } from '#lib/pipeline/scenario-folder';
import type { Scenario } from '#lib/rules/scenario';

const LISBON: Scenario = {
  name: 'lisbon-outage',
  events: [{ kind: 'site-down', site: 'LIS1', from: '2026-12-10' }],
};

let folder: string;
let store: FsObjectStore;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scenario-folder-'));
  store = new FsObjectStore(folder);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('checkScenarioFolder', () => {
  it("refuses a name whose folder holds another what-if's report of another date", async () => {
    // Prepare
    await store.put(
      'scenarios/lisbon-outage/2026-12-01/manifest.json',
      JSON.stringify({ asOf: '2026-12-01', scenario: 'Lisbon outage' }),
    );

    // Act
    const act = checkScenarioFolder(store, LISBON, {
      file: 'lisbon.json',
      nameLine: 3,
    });

    // Assess
    await expect(act).rejects.toThrow(
      "lisbon.json, line 3: field 'name' would be published in " +
        "scenarios/lisbon-outage/, which holds the what-if 'Lisbon outage' " +
        '(2026-12-01)',
    );
  });

  it('passes over a report whose manifest cannot be read, and one without a manifest', async () => {
    // Prepare: a manifest cut short; a report killed before its manifest
    await store.put('scenarios/lisbon-outage/2026-12-01/manifest.json', '{"a');
    await store.put('scenarios/lisbon-outage/2026-12-02/index.html', '<p>');

    // Act
    const act = checkScenarioFolder(store, LISBON);

    // Assess
    await expect(act).resolves.toBeUndefined();
  });
});
