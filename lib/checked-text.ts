import { z } from 'zod';
import {
  UNSEEN_CHARACTER,
  unseenCharacterName,
} from './inventory/unseen-characters.ts';

/**
 * A string schema that refuses a text `problem` finds fault with, in its
 * words, after `base`'s own checks.
 *
 * @param problem - what is wrong with a text, or undefined
 * @param base - the string schema checked first
 * @returns the schema
 * @example
 * checkedText(unseenProblem).parse('FRA1 lost');
 */
export function checkedText(
  problem: (text: string) => string | undefined,
  base: z.ZodString = z.string(),
): z.ZodString {
  return base.superRefine((text, context) => {
    const message = problem(text);
    if (message !== undefined) context.addIssue({ code: 'custom', message });
  });
}

/**
 * Why a text holds a character links.csv refuses (`UNSEEN_CHARACTER`),
 * or undefined.
 *
 * @param text - the text
 * @returns the problem, naming the character
 * @example
 * unseenProblem('ops\nBcc: x');
 * // 'must not contain control characters (tab, line break, …)'
 */
export function unseenProblem(text: string): string | undefined {
  const unseen = UNSEEN_CHARACTER.exec(text)?.[0];
  return unseen === undefined
    ? undefined
    : `must not contain ${unseenCharacterName(unseen)}`;
}
