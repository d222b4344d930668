import { Template } from 'aws-cdk-lib/assertions';
import type { HeadroomStacks } from '../../infra/app.ts';
import { buildStage } from './build-stage.ts';

/**
 * The template of one stack of the dev stage, its Lambda code not bundled.
 *
 * @param stack - which stack
 * @returns the stack's template
 * @example
 * const template = stackTemplate('data');
 */
export function stackTemplate(stack: keyof HeadroomStacks): Template {
  return Template.fromStack(buildStage({ bundle: false }).stacks[stack]);
}

/**
 * Every IAM policy statement of the role whose logical id starts with
 * `id` in a template.
 *
 * @param template - a stack's template
 * @param id - the role's logical id's start, e.g. `RollupRole`
 * @returns the statements
 * @example
 * const statements = roleStatements(stackTemplate('pipeline'), 'PlanRole');
 */
export function roleStatements(
  template: Template,
  id: string,
): Record<string, unknown>[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.entries(policies)
    .filter(([logicalId]) => logicalId.startsWith(id))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}
