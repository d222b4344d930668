import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { STAGE_CONFIGS } from '../../../infra/stages.ts';
import { markdownHeadings } from '../../helpers/markdown-headings.ts';
import { buildStage } from '../build-stage.ts';

const RUNBOOK = join(import.meta.dirname, '..', '..', '..', 'docs/runbook.md');

/** The `###` titles under the runbook's `## Alarms`. */
function runbookAlarmEntries(): string[] {
  const headings = markdownHeadings(RUNBOOK);
  const start = headings.findIndex((h) => h.title === 'Alarms');
  const end = headings.findIndex((h, i) => i > start && h.level <= 2);
  return headings
    .slice(start + 1, end === -1 ? undefined : end)
    .filter((h) => h.level === 3)
    .map((h) => h.title);
}

describe.each([STAGE_CONFIGS.dev, STAGE_CONFIGS.prod])(
  'the $name alarms',
  (stage) => {
    it('each have a fixed name and point to their runbook entry', () => {
      // Prepare
      const { stacks } = buildStage({ bundle: false, stage });
      const template = Template.fromStack(stacks.alerting);
      // Act
      const alarms = Object.values(
        template.findResources('AWS::CloudWatch::Alarm'),
      ).map((a) => ({
        name: String(a.Properties.AlarmName),
        description: String(a.Properties.AlarmDescription),
      }));
      const ids = alarms.map((a) =>
        a.name.replace(`headroom-${stage.name}-`, ''),
      );
      // Assess: one runbook entry per alarm, and none for an alarm gone
      expect(alarms).toHaveLength(14);
      expect(ids.toSorted()).toEqual(runbookAlarmEntries().toSorted());
      for (const [i, { name, description }] of alarms.entries()) {
        expect(name).toBe(`headroom-${stage.name}-${ids[i]}`);
        expect(description).toMatch(
          new RegExp(`\\. What to do: docs/runbook\\.md "${ids[i]}"$`),
        );
      }
    });
  },
);
