import {
  DeleteObjectCommand,
  GetObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';

type State = Record<string, unknown>;
/** A parsed definition, as `stateMachineDefinition` returns it. */
export interface Definition {
  readonly StartAt: string;
  readonly States: Record<string, State>;
}
/** A local stand-in for a Task state's resource. */
export type LocalTask = (input: never) => Promise<unknown>;

// aws-local-stepfunctions 3 targets Node 22 and uses Promise.withResolvers
// (Node 22+) for Task timeouts; the same behaviour for Node 20.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      return { promise, resolve, reject };
    },
  });
}

/**
 * The definition as aws-local-stepfunctions can run it. The interpreter
 * has no ItemReader: each Distributed Map with one gets a Task state
 * before it, `<Map>ReadItems` (where a `Next`, a Choice rule or its
 * `Default` led to the map), with the ItemReader's resource and
 * parameters, whose result the Map iterates (ItemsPath), inline. The
 * states, retries, catches and ItemSelector are the template's own.
 *
 * @param definition - from the synthesized template
 * @returns the runnable definition
 * @example
 * new StateMachine(withItemReaderShim(definition));
 */
export function withItemReaderShim(
  definition: Definition,
): StateMachineDefinition {
  const states: Record<string, State> = structuredClone(definition.States);
  for (const [name, map] of Object.entries(definition.States)) {
    const reader = map.ItemReader as State | undefined;
    if (map.Type !== 'Map' || !reader) continue;
    const read = `${name}ReadItems`;
    for (const state of Object.values(states)) {
      if (state.Next === name) state.Next = read;
      if (state.Default === name) state.Default = read;
      for (const choice of (state.Choices ?? []) as State[]) {
        if (choice.Next === name) choice.Next = read;
      }
    }
    states[read] = {
      Type: 'Task',
      Resource: reader.Resource,
      Parameters: reader.Parameters,
      ResultPath: '$.mapItems',
      Next: name,
    };
    const { ItemReader: _, ToleratedFailurePercentage: __, ...rest } = map;
    const processor = map.ItemProcessor as State;
    states[name] = {
      ...rest,
      ItemsPath: '$.mapItems',
      ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'INLINE' } },
    };
  }
  return { ...definition, States: states } as unknown as StateMachineDefinition;
}

/** Parameters of the S3 states, as the definition passes them. */
interface S3Parameters {
  readonly Bucket: string;
  readonly Key: string;
}

/**
 * An SDK error named as Step Functions names service errors
 * (`S3.<Name>Exception`).
 */
function asServiceError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const named = new Error(error.message, { cause: error });
  // Step Functions adds the suffix S3's own names lack (NoSuchKey).
  const suffix = error.name.endsWith('Exception') ? '' : 'Exception';
  named.name = `S3.${error.name}${suffix}`;
  return named;
}

/**
 * Local stand-ins for the S3 resources of the definition, sending the
 * same call to an S3 server: `aws-sdk:s3:getObject` (whose Body, as Step
 * Functions returns it, is a string) and `deleteObject` (reading and
 * releasing the run's lock), and `s3:getObject` (the ItemReader shim, a
 * JSON array).
 *
 * @param s3 - a client of the S3 server
 * @returns stand-ins by resource suffix
 * @example
 * const { deleteObject } = s3Tasks(client);
 */
export function s3Tasks(s3: S3Client) {
  const call = async <T>(send: () => Promise<T>) => {
    try {
      return await send();
    } catch (error) {
      throw asServiceError(error);
    }
  };
  return {
    getObject: async (p: S3Parameters) => {
      const object = await call(() => s3.send(new GetObjectCommand(p)));
      return { Body: (await object.Body?.transformToString()) ?? '' };
    },
    deleteObject: (p: S3Parameters) =>
      call(() => s3.send(new DeleteObjectCommand(p))).then(() => ({})),
    getJson: async (p: S3Parameters) => {
      const object = await call(() => s3.send(new GetObjectCommand(p)));
      return JSON.parse((await object.Body?.transformToString()) ?? 'null');
    },
  };
}
