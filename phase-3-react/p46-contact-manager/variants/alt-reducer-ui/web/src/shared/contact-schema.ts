// Another way to write the shared rules: each field its own small schema, the messages in one
// table, the phone rule as a superRefine that says which part is wrong.
import { z } from 'zod';

const MESSAGES = {
  nameMissing: 'A contact needs a name.',
  nameLong: 'Names have at most 100 characters.',
  emailMissing: 'A contact needs an email address.',
  emailBad: 'That does not look like an email address.',
  emailLong: 'Email addresses have at most 254 characters.',
  phoneChars: 'Use digits, spaces, hyphens and a leading + only.',
  phoneDigits: 'A phone number has 7 to 15 digits.',
  notesLong: 'Notes have at most 1000 characters.',
  text: 'Must be text.',
};

const text = () => z.string({ error: MESSAGES.text });

export const fieldRules = {
  name: text().trim().min(1, MESSAGES.nameMissing).max(100, MESSAGES.nameLong),
  email: text().trim().min(1, MESSAGES.emailMissing).max(254, MESSAGES.emailLong).pipe(z.email(MESSAGES.emailBad)),
  phone: z
    .union([text(), z.null()], { error: MESSAGES.text })
    .optional()
    .transform((v) => (v ?? '').trim())
    .superRefine((v, ctx) => {
      if (v === '') return;
      if (!/^\+?[\d -]+$/.test(v)) ctx.addIssue({ code: 'custom', message: MESSAGES.phoneChars });
      else {
        const digits = v.replace(/\D/g, '').length;
        if (digits < 7 || digits > 15) ctx.addIssue({ code: 'custom', message: MESSAGES.phoneDigits });
      }
    })
    .transform((v) => (v === '' ? null : v)),
  notes: text().max(1000, MESSAGES.notesLong).optional().transform((v) => v ?? ''),
};

export const contactRules = z.strictObject(fieldRules);
export type ContactValues = z.output<typeof contactRules>;
export type Problems = Record<string, string>;

/** { field: first message } for a body, or the clean values. */
export function validateContact(body: unknown): { values: ContactValues; problems?: undefined } | { values?: undefined; problems: Problems } {
  const result = contactRules.safeParse(body);
  if (result.success) return { values: result.data };
  const problems: Problems = {};
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? 'body')];
    for (const key of keys) problems[key] ??= issue.code === 'unrecognized_keys' ? 'Unknown field.' : issue.message;
  }
  return { problems };
}
