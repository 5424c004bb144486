// The one set of rules for a contact, imported by the page (the form checks itself before sending
// anything) and by the API (src/contacts/validation.ts checks every body). SPEC.md, Task 1, has the
// rules. It lives under web/src so that Vite builds it with the page; the server imports it with a
// relative path. Keep it free of what a browser cannot run: zod and plain functions only.
import { z } from 'zod';

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_NOTES_LENGTH = 1000;
export const MIN_PHONE_DIGITS = 7;
export const MAX_PHONE_DIGITS = 15;

/** The fields of a contact that people type, in the order the form shows them. */
export const CONTACT_FIELDS = ['name', 'email', 'phone', 'notes'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** TODO (Task 1): the phone format of the SPEC. */
export function isPhoneNumber(text: string): boolean {
  void text;
  throw new Error('Not implemented: isPhoneNumber (Task 1)');
}

/**
 * TODO (Task 1): every rule of the SPEC's table (trimming, lengths, the email, the phone, no
 * unknown fields). As it stands it only has the right shape.
 */
export const contactSchema = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable().default(null),
  notes: z.string().default(''),
});

/** What the form holds: four strings, as typed. */
export type ContactForm = Record<ContactField, string>;
/** What the schema makes of it. */
export type ContactInput = z.output<typeof contactSchema>;

/** One problem with one field, as the API lists them in error.details. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** TODO (Task 1): zod's issues as one { field, message } per field with a problem. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  void error;
  throw new Error('Not implemented: fieldProblems (Task 1)');
}

/** TODO (Task 1): checks a form (or any body) with the shared rules: the clean contact, or the problems. */
export function checkContact(input: unknown): { ok: true; contact: ContactInput } | { ok: false; problems: FieldProblem[] } {
  void input;
  throw new Error('Not implemented: checkContact (Task 1)');
}
