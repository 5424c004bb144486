// The form that creates a short link. It checks nothing itself: the server's rules are the ones
// that count, and its 400 and 409 answers say which field is wrong. Each field's problem is
// shown next to that field, tied to it with aria-describedby (a screen reader reads it with the
// field) and aria-invalid, and announced at once because it is inserted as role="alert".
import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, type Link } from './api.js';

type Field = 'url' | 'alias';
type FieldErrors = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = ['url', 'alias'];

interface Props {
  onCreated: (link: Link) => void;
}

/** Splits a refusal into the problems of our two fields and a message for everything else. */
function sortOut(error: unknown): { fields: FieldErrors; general: string | null } {
  if (!(error instanceof ApiError)) return { fields: {}, general: 'Something went wrong. Try again.' };
  const fields: FieldErrors = {};
  const others: string[] = [];
  for (const { field, message } of error.details) {
    if ((FIELDS as readonly string[]).includes(field)) fields[field as Field] = fields[field as Field] ? `${fields[field as Field]} ${message}` : message;
    else others.push(`${field}: ${message}`);
  }
  const general = Object.keys(fields).length === 0 ? error.message : others.length > 0 ? others.join(' ') : null;
  return { fields, general };
}

export function ShortenForm({ onCreated }: Props) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [alias, setAlias] = useState('');
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setGeneral(null);
    setSending(true);
    try {
      // Exactly what was typed; an empty alias means "generate a code".
      const link = await api.create(alias === '' ? { url } : { url, alias });
      setUrl('');
      setAlias('');
      onCreated(link);
    } catch (failure) {
      const sorted = sortOut(failure);
      setErrors(sorted.fields);
      setGeneral(sorted.general);
    } finally {
      setSending(false);
    }
  };

  /** The props that tie a field to its error: described by it, and marked invalid. */
  const describedBy = (field: Field) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {};

  return (
    <form onSubmit={submit} noValidate>
      <div>
        <label htmlFor={`${id}-url`}>Long URL</label>
        <input id={`${id}-url`} value={url} onChange={(e) => setUrl(e.target.value)} {...describedBy('url')} />
        {errors.url && (
          <p id={`${id}-url-error`} role="alert" className="field-error">
            {errors.url}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-alias`}>Custom alias</label>
        <input id={`${id}-alias`} value={alias} onChange={(e) => setAlias(e.target.value)} {...describedBy('alias')} />
        {errors.alias && (
          <p id={`${id}-alias-error`} role="alert" className="field-error">
            {errors.alias}
          </p>
        )}
      </div>
      <button type="submit" disabled={sending}>
        Shorten
      </button>
      {general && <p role="alert">{general}</p>}
    </form>
  );
}
