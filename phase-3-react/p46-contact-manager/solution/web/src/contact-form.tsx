// The contact form: one component for adding and editing. It checks the form with the schema the
// API uses (shared/contact-schema.ts) before sending anything, and shows the API's own refusals
// (an email another contact has) on the field they are about.
//
// What a screen reader user meets after a submit that failed:
// - an error summary in role="alert", read out at once, naming each field that needs fixing;
// - focus on the first field that needs fixing;
// - on that field, aria-invalid="true" and, through aria-describedby, its message: both are read
//   when the field gets focus.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from './api.js';
import { CONTACT_FIELDS, checkContact, type ContactField, type ContactForm, type ContactInput, type FieldProblem } from './shared/contact-schema.js';

const LABELS: Record<ContactField, string> = { name: 'Name', email: 'Email', phone: 'Phone', notes: 'Notes' };

const EMPTY: ContactForm = { name: '', email: '', phone: '', notes: '' };

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

function isField(field: string): field is ContactField {
  return (CONTACT_FIELDS as readonly string[]).includes(field);
}

export function ContactFormView({ initial = EMPTY, title, submitLabel, onSave, onCancel }: Props) {
  const [values, setValues] = useState<ContactForm>(initial);
  /** The problems of the last submit, in the order of the form's fields. */
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  /** A failure that belongs to no field (the network, a 500): shown in the summary alone. */
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Bumped by each failed submit: the effect below then moves focus after the errors render. */
  const [focusRequest, setFocusRequest] = useState(0);
  const inputs = useRef<Partial<Record<ContactField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const id = useId();
  const titleId = `${id}-title`;

  const errorOf = (field: ContactField) => problems.find((p) => p.field === field)?.message;

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = CONTACT_FIELDS.find((field) => problems.some((p) => p.field === field));
    if (first) inputs.current[first]?.focus();
    // Only a new failed submit moves focus, not every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const refuse = (list: FieldProblem[]) => {
    // The form's order, whatever order the problems came in: the summary reads top to bottom.
    const rank = (p: FieldProblem) => (isField(p.field) ? CONTACT_FIELDS.indexOf(p.field) : CONTACT_FIELDS.length);
    setProblems([...list].sort((a, b) => rank(a) - rank(b)));
    setFocusRequest((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    // The same rules as the API: nothing is sent that the API would refuse for its form.
    const checked = checkContact(values);
    if (!checked.ok) {
      refuse(checked.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await onSave(checked.contact);
      setValues(initial);
    } catch (error) {
      // Problems the server names by field (email_taken, validation_failed) go on those fields;
      // anything else is a message of its own.
      if (error instanceof ApiError && error.problems.length > 0) refuse(error.problems);
      else setFailure(error instanceof ApiError ? error.message : 'Something went wrong. Try again.');
    } finally {
      setSaving(false);
    }
  };

  const field = (name: ContactField, input: (props: FieldProps) => ReactNode) => {
    const error = errorOf(name);
    const inputId = `${id}-${name}`;
    const errorId = `${inputId}-error`;
    return (
      <div className="field">
        <label htmlFor={inputId}>{LABELS[name]}</label>
        {input({
          id: inputId,
          value: values[name],
          onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? errorId : undefined,
          ref: (el) => {
            inputs.current[name] = el;
          },
        })}
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  const summary = [...problems.map((p) => `${isField(p.field) ? LABELS[p.field] : p.field}: ${p.message}`), ...(failure ? [failure] : [])];

  return (
    <form onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h2 id={titleId}>{title}</h2>
      {summary.length > 0 && (
        <div role="alert" className="summary">
          <p>{problems.length > 0 ? `${problems.length === 1 ? 'One field needs' : `${problems.length} fields need`} fixing:` : 'The contact was not saved:'}</p>
          <ul>
            {summary.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {field('name', (p) => <input {...inputProps(p)} autoComplete="name" />)}
      {field('email', (p) => <input {...inputProps(p)} type="email" autoComplete="email" />)}
      {field('phone', (p) => <input {...inputProps(p)} type="tel" autoComplete="tel" />)}
      {field('notes', (p) => <textarea {...inputProps(p)} rows={3} />)}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
}

/** The props every input of the form takes, whichever element it is. */
function inputProps({ onChange, ref, ...rest }: FieldProps) {
  return { ...rest, ref, onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
}
