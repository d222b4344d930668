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
 * The States Language definition of the template's run state machine (or
 * backtest state machine, `headroom-<stage>-backtest`),
 * with CloudFormation references replaced by stand-ins (`ref:<id>`, a
 * Lambda ARN named after the function's logical id), and the references
 * JSON-escaped where the definition holds them inside strings.
 *
 * @param template - the pipeline stack's template
 * @param refs - values for `Ref`s the caller knows (e.g. pseudo parameters)
 * @param machine - which state machine (default the run's)
 * @returns the parsed definition
 * @example
 * const definition = stateMachineDefinition(template, {});
 */
export function stateMachineDefinition(
  template: Template,
  refs: Readonly<Record<string, string>> = {},
  machine: 'run' | 'backtest' = 'run',
): Record<string, unknown> & {
  States: Record<string, Record<string, unknown>>;
} {
  const found = Object.values(
    template.findResources('AWS::StepFunctions::StateMachine'),
  ).find((m) => String(m.Properties.StateMachineName).endsWith(`-${machine}`));
  const body = found?.Properties.DefinitionString;
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
