import { describe, expect, it } from 'vitest';
import { recordingLog } from '../../helpers/recording-log.ts';
import { deps, group, run, useNotifyFixture } from './notify-fixture.ts';
import { publishChanges } from './notify-held-fixture.ts';

useNotifyFixture();

describe("notify with the run's changes.json damaged", () => {
  it.each([
    ['not JSON', '{"previousAsOf": "2026-11-25", "chan', 'is not JSON'],
    [
      'without its changes',
      '{"previousAsOf": "2026-11-25", "state": []}',
      "is not a run's changes (changes: ",
    ],
  ])(
    "%s: sends the alert on the run's own severity and names the file",
    async (_, text, problem) => {
      // Prepare: a first run told Acme at warning; the next run's file is
      // replaced, as a damaged store would have it
      const { log, messages } = recordingLog('warn');
      await publishChanges('2026-11-25', [
        group('Acme', 'warning', '2026-12-20'),
      ]);
      await run('2026-11-25', [group('Acme', 'warning', '2026-12-20')]);
      await deps.reports.put('reports/2026-11-26/changes.json', text);
      Object.assign(deps, { log });

      // Act: before, notify stopped on a TypeError (reading 'map')
      const sent = await run('2026-11-26', [
        group('Acme', 'critical', '2026-12-01'),
      ]);

      // Assess
      expect(sent).toEqual([
        '2026-11-26/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-12-01',
      ]);
      expect(messages).toEqual([
        expect.stringMatching(
          new RegExp(
            `^run's changes unreadable: reports/2026-11-26/changes.json ${problem.replace(/[()]/g, '\\$&')}.*; the emails follow this run's own severities$`,
          ),
        ),
      ]);
    },
  );
});
