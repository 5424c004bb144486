// The contact form, for adding and for editing (SPEC.md, Tasks 3 to 6, and the accessibility
// contract): labelled textboxes, the shared schema's check before sending, each problem on its
// field (aria-invalid, aria-describedby), an error summary in role="alert", focus on the first
// field to fix, and the server's refusals on their fields too.
import type { ContactForm, ContactInput } from './shared/contact-schema.js';

interface Props {
  /** What the fields hold at first: empty for a new contact, the contact's values for an edit. */
  initial?: ContactForm;
  /** The form's accessible name: "New contact" or "Edit contact". */
  title: string;
  submitLabel: string;
  /** Sends the checked contact; throws an ApiError when the server refuses. */
  onSave: (input: ContactInput) => Promise<void>;
  onCancel?: () => void;
}

export function ContactFormView({ title }: Props) {
  // TODO (Task 3): the fields and the submit button. TODO (Tasks 4 and 5): errors on their fields.
  return <h2>{title}</h2>;
}
