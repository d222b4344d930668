import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStage } from '../build-stage.ts';

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildStage({ bundle: false }).stacks.pipeline);
});

/** The publish role's statements that allow every one of `actions`. */
function publishGrants(actions: readonly string[]): string[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.entries(policies)
    .filter(([logicalId]) => logicalId.startsWith('PublishRole'))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement)
    .filter((s: { Action: unknown }) =>
      actions.every((a) => [s.Action].flat().includes(a)),
    )
    .map((s) => JSON.stringify(s.Resource));
}

describe('PipelineStack publish copy', () => {
  it('lets publish copy reports/<date>/ to reports/latest/ inside the report bucket', () => {
    // Act: CopyObject needs s3:GetObject on the source and s3:PutObject
    // on the target, both below reports/ in the report bucket
    const grants = publishGrants(['s3:GetObject', 's3:PutObject']);
    // Assess
    const reports = grants.filter((r) => /-reports-.*\/reports\/\*/.test(r));
    expect(reports).toHaveLength(1);
  });

  it('lets publish abort a multipart upload below reports/ that failed', () => {
    // Act: a write in pieces is a multipart upload (s3:PutObject); its
    // abort needs a right of its own
    const grants = publishGrants(['s3:PutObject', 's3:AbortMultipartUpload']);
    // Assess
    const reports = grants.filter((r) => /-reports-.*\/reports\/\*/.test(r));
    expect(reports).toHaveLength(1);
  });
});
