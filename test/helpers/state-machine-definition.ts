import type { Template } from 'aws-cdk-lib/assertions';

/** A CloudFormation value inside a definition's `Fn::Join`. */
type CfnPart = string | Record<string, unknown>;

/** Resolves a `Ref` or `Fn::GetAtt` the tests cannot know to a stand-in. */
function placeholder(part: Record<string, unknown>): string {
  if ('Ref' in part) return `ref:${String(part.Ref)}`;
  if ('Fn::GetAtt' in part) {
    const [id, attribute] = part['Fn::GetAtt'] as string[];
    return attribute === 'Arn'
      ? `arn:aws:lambda:eu-west-1:123456789012:function:${id}`
      : `${id}.${attribute}`;
  }
  if ('Fn::Join' in part) {
    const [separator, parts] = part['Fn::Join'] as [string, CfnPart[]];
    return parts.map(resolve).join(separator);
  }
  throw new Error(`unexpected CloudFormation part ${JSON.stringify(part)}`);
}

function resolve(part: CfnPart): string {
  return typeof part === 'string' ? part : placeholder(part);
}

/**
 * The States Language definition of the template's one state machine,
 * with CloudFormation references replaced by stand-ins (`ref:<id>`, a
 * Lambda ARN named after the function's logical id), and the references
 * JSON-escaped where the definition holds them inside strings.
 *
 * @param template - the pipeline stack's template
 * @param refs - values for `Ref`s the caller knows (e.g. pseudo parameters)
 * @returns the parsed definition
 * @example
 * const definition = stateMachineDefinition(template, {});
 */
export function stateMachineDefinition(
  template: Template,
  refs: Readonly<Record<string, string>> = {},
): Record<string, unknown> & {
  States: Record<string, Record<string, unknown>>;
} {
  const [machine] = Object.values(
    template.findResources('AWS::StepFunctions::StateMachine'),
  );
  const body = machine?.Properties.DefinitionString;
  const parts: CfnPart[] = body['Fn::Join'][1];
  const text = parts
    .map((part) =>
      typeof part === 'object' && 'Ref' in part && String(part.Ref) in refs
        ? refs[String(part.Ref)]
        : resolve(part),
    )
    .join('');
  return JSON.parse(text);
}
