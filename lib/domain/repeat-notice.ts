import { MAX_SUBJECT, type Message, singleLine } from './message.ts';

/** What a possible repeat's subject carries after its `[Headroom]` tag. */
const REPEAT_MARK = '(possible repeat) ';

/**
 * The message marked as a possible repeat: `(possible repeat)` after the
 * subject's `[Headroom]` tag, and a first paragraph saying when the
 * attempt that may have gone out was made. For this very message
 * (`mayRepeat`), a recipient who has the first copy knows this one adds
 * nothing; for an earlier message on the same matter (`mayFollow`: a run
 * of another day, or a rerun whose content changed), that this one
 * brings it up to date. A subject the mark would push past
 * {@link MAX_SUBJECT} loses characters from its middle (the ISP's name,
 * as `clampSubject` shortens it), never its count and date at the end.
 *
 * @param message - a message with `mayRepeat` or `mayFollow` set
 * @returns the marked message (unchanged without either)
 * @example
 * withRepeatNotice({ ...m, mayRepeat: '2026-11-26T06:00:03.000Z' }).subject;
 * // '[Headroom] (possible repeat) Acme: 1 critical'
 */
export function withRepeatNotice(message: Message): Message {
  const at = message.mayRepeat ?? message.mayFollow;
  if (at === undefined) return message;
  const when = `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
  const subject = singleLine(message.subject);
  const tag = /^\[[^\]]*\] /.exec(subject)?.[0] ?? '';
  const head = `${tag}${REPEAT_MARK}`;
  const notice =
    message.mayRepeat !== undefined
      ? `Possible repeat: Headroom was sending this message at ${when} and ` +
        'could not confirm that it went out. If you already have it, this ' +
        'copy adds nothing.'
      : `Possible repeat: Headroom was sending an earlier message about ` +
        `this at ${when} and could not confirm that it went out. If you ` +
        'have it, this one brings it up to date.';
  return {
    ...message,
    subject:
      head + middleCut(subject.slice(tag.length), MAX_SUBJECT - head.length),
    body: `${notice}\n\n${message.body}`,
  };
}

/**
 * `text` in at most `room` characters: its first 20 (the start of the
 * name), `…`, and as much of its end as fits (the count, severity and
 * date a subject ends with).
 */
function middleCut(text: string, room: number): string {
  if (text.length <= room) return text;
  const start = Math.min(20, Math.floor((room - 1) / 3));
  const end = room - 1 - start;
  return `${text.slice(0, start)}…${text.slice(text.length - end)}`;
}
