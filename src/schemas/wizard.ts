// Plain zod for content/wizard/questions.yaml and content/vendors.yaml; used in Node and the browser.
import { z } from 'zod';
import { KEBAB, codeSchema } from './entry.ts';

const id = (what: string) =>
  z.string().regex(KEBAB, { message: `${what} must be kebab-case, e.g. "credential-sent"` });

export const answerSchema = z.strictObject({
  /** Stable id used in URLs (`?<question>=<answer>`). Never reuse an id for another meaning. */
  id: id('an answer id'),
  /** What the user clicks. */
  label: z.string().min(1),
});

export const questionSchema = z.strictObject({
  /** Stable id used in URLs and in causes' `signals`. `status` and `cause` are reserved. */
  id: id('a question id').refine((v) => !['status', 'cause', 'note'].includes(v), {
    message: '"status", "cause" and "note" are reserved URL parameters',
  }),
  /** The question, short. */
  prompt: z.string().min(5),
  /** Why we ask and how to find out. Markdown allowed. */
  help: z.string().min(10),
  /** Two or more answers; "Not sure" is added by the wizard, do not list it. */
  answers: z.array(answerSchema).min(2),
  /** Ask only when the status is one of these (absent = any status). */
  whenStatus: z.array(codeSchema).optional(),
});

export const questionsFileSchema = z.strictObject({
  questions: z.array(questionSchema).min(1),
});

export const vendorSchema = z.strictObject({
  /** Kebab-case id used in patterns' `vendor` and at /vendors/<id>/. */
  id: id('a vendor id'),
  /** Display name, e.g. "GitHub". */
  name: z.string().min(2),
  /** The vendor's documentation home, https. */
  url: z.url().refine((u) => u.startsWith('https://'), { message: 'use https://' }),
});

export const vendorsFileSchema = z.strictObject({ vendors: z.array(vendorSchema).min(1) });

export type Question = z.output<typeof questionSchema>;
export type Vendor = z.output<typeof vendorSchema>;
