// The one set of rules for a contact, imported by the page (web/src/App.tsx checks the form before
// sending anything) and by the API (src/contacts/validation.ts checks every body it receives).
// It lives under web/src so that Vite builds it with the page; the server imports it with a
// relative path. Two copies of these rules would drift apart; one file cannot.
//
// Only what runs in both a browser and Node belongs here: zod and plain functions, no database,
// no Express, no React.
import { z } from 'zod';

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_NOTES_LENGTH = 1000;
export const MIN_PHONE_DIGITS = 7;
export const MAX_PHONE_DIGITS = 15;

/** The fields of a contact that people type, in the order the form shows them. */
export const CONTACT_FIELDS = ['name', 'email', 'phone', 'notes'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** An optional leading +, then digits, spaces and hyphens only. */
const PHONE_CHARACTERS = /^\+?[0-9 -]+$/;

function digitCount(text: string): number {
  return text.replace(/[^0-9]/g, '').length;
}

export function isPhoneNumber(text: string): boolean {
  const digits = digitCount(text);
  return PHONE_CHARACTERS.test(text) && digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
}

// The messages are written for the person filling in the form: the page shows them next to the
// field, and the API sends the very same words in error.details.
const name = z
  .string({ error: (issue) => (issue.input === undefined ? 'Enter a name.' : 'The name must be text.') })
  // .trim() runs before the checks after it: "   " is blank, "  Ann Lee " is "Ann Lee".
  .trim()
  .min(1, 'Enter a name.')
  .max(MAX_NAME_LENGTH, `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.`);

const email = z
  .string({ error: (issue) => (issue.input === undefined ? 'Enter an email address.' : 'The email address must be text.') })
  .trim()
  .min(1, 'Enter an email address.')
  .max(MAX_EMAIL_LENGTH, `Keep the email address to ${MAX_EMAIL_LENGTH} characters or fewer.`)
  .pipe(z.email('Enter an email address like ann@example.com.'));

const phone = z
  .string({ error: 'The phone number must be text.' })
  .trim()
  .refine((text) => text === '' || isPhoneNumber(text), `Enter a phone number of ${MIN_PHONE_DIGITS} to ${MAX_PHONE_DIGITS} digits; you may use +, spaces and hyphens.`)
  .nullish()
  // No phone, null and "" (an empty form field) all mean the same: no phone number.
  .transform((text) => (text ? text : null));

const notes = z
  .string({ error: 'The notes must be text.' })
  .max(MAX_NOTES_LENGTH, `Keep the notes to ${MAX_NOTES_LENGTH} characters or fewer.`)
  .default('');

/**
 * A contact as the API takes it (POST and PUT) and as the form sends it. strictObject: a field the
 * API does not know is an error, not silently dropped.
 */
export const contactSchema = z.strictObject({ name, email, phone, notes });

/** What the form holds: four strings, as typed. */
export type ContactForm = Record<ContactField, string>;
/** What the schema makes of it: trimmed, phone null when there is none. */
export type ContactInput = z.output<typeof contactSchema>;

/** One problem with one field, as the API lists them in error.details. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * zod's issues as field problems: the first problem of each field (one message per field is what
 * a form shows), an unknown field under its own name, a body that is not an object under "body".
 */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (field: string, message: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    problems.push({ field, message });
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add(key, 'This is not a field of a contact.');
    else add(String(issue.path[0] ?? 'body'), issue.message);
  }
  return problems;
}

/** Checks a form (or any body) with the shared rules: the clean contact, or the problems. */
export function checkContact(input: unknown): { ok: true; contact: ContactInput } | { ok: false; problems: FieldProblem[] } {
  const result = contactSchema.safeParse(input);
  return result.success ? { ok: true, contact: result.data } : { ok: false, problems: fieldProblems(result.error) };
}
