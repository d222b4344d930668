import { notifier } from './notify-fixture.ts';

/** The body and routing of the last alert accepted. */
export const last = () => {
  const m = notifier.accepted
    .filter((a) => !a.id.includes('/handover/'))
    .at(-1)!;
  return { owner: m.attributes.owner, body: m.body };
};
