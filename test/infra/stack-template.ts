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
