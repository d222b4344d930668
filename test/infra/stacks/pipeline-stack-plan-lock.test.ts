import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRollupKey } from '#lib/pipeline/record-rollup';
import { stackTemplate } from '../stack-template.ts';

let template: Template;
beforeAll(() => {
  template = stackTemplate('pipeline');
});

/** The statements of a role (`PlanRole`) that allow `action`, as JSON. */
function statementsWith(action: string, role = 'PlanRole'): string {
  const policies = template.findResources('AWS::IAM::Policy');
  const statements = Object.entries(policies)
    .filter(([logicalId]) => logicalId.startsWith(role))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
  return JSON.stringify(
    statements.filter((s: { Action: string | string[] }) =>
      [s.Action].flat().includes(action),
    ),
  );
}

describe('PipelineStack', () => {
  it("lets the plan take and release the lake's lock", () => {
    // Act: the plan's reads, writes and deletes (a conditional delete
    // needs s3:GetObject as well as s3:DeleteObject)
    const actions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];
    const allowed = actions.map((action) => statementsWith(action));

    // Assess: the lock's key (the rest of the lake's state/ is the rollup's)
    for (const statements of allowed) {
      expect(statements).toContain('/state/rollup.lock*');
    }
    expect(allowed[1]).toContain('/runs/*');
  });

  it("lets the rollup write its execution's summary where the plan reads it, and no other run's file", () => {
    // Prepare: the key the rollup writes (`recordRollup`)
    const key = runRollupKey('arn:aws:states:eu-west-1:1:execution:m:x');
    const prefix = key.slice(0, key.lastIndexOf('/') + 1);

    // Act
    const writes = statementsWith('s3:PutObject', 'RollupRole');

    // Assess
    expect(writes).toContain(`/${prefix}*`);
    expect(writes).not.toContain('/runs/*');
    expect(statementsWith('s3:GetObject')).toContain('/runs/*');
  });
});
