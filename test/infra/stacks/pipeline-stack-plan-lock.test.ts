import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { stackTemplate } from '../stack-template.ts';

let template: Template;
beforeAll(() => {
  template = stackTemplate('pipeline');
});

/** The plan role's statements that allow `action`, as JSON. */
function planStatementsWith(action: string): string {
  const policies = template.findResources('AWS::IAM::Policy');
  const statements = Object.entries(policies)
    .filter(([logicalId]) => logicalId.startsWith('PlanRole'))
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
    const allowed = actions.map(planStatementsWith);

    // Assess: the lock's key (the rest of the lake's state/ is the rollup's)
    for (const statements of allowed) {
      expect(statements).toContain('/state/rollup.lock*');
    }
    expect(allowed[1]).toContain('/runs/*');
  });
});
