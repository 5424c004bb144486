// The contact manager: a list of contacts, and one form that adds a contact or edits one. The
// form checks its fields with the same zod schema as the API (see contact-form.tsx).
import { useEffect, useState } from 'react';
import { api, ApiError, sortContacts, type Contact } from './api.js';
import { ContactFormView } from './contact-form.js';
import type { ContactInput } from './shared/contact-schema.js';

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
}

export function App() {
  /** null until the first list arrives: the loading state. */
  const [contacts, setContacts] = useState<Contact[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The contact in the form, or null when the form adds a new one. */
  const [editing, setEditing] = useState<Contact | null>(null);

  useEffect(() => {
    let current = true;
    api.list().then(
      (items) => current && setContacts(items),
      (failure: unknown) => {
        if (!current) return;
        setContacts([]);
        setError(`Could not load your contacts. ${messageOf(failure)}`);
      },
    );
    // StrictMode runs effects twice in development: only the last run may set state.
    return () => {
      current = false;
    };
  }, []);

  /** Puts a saved contact in the list (new or replacing its old self), in the API's order. */
  const keep = (saved: Contact) => setContacts((list) => sortContacts([...(list ?? []).filter((c) => c.id !== saved.id), saved]));

  const add = async (input: ContactInput) => {
    keep(await api.add(input));
    setError(null);
  };

  const save = (contact: Contact) => async (input: ContactInput) => {
    keep(await api.replace(contact.id, input));
    setEditing(null);
    setError(null);
  };

  const remove = async (contact: Contact) => {
    setError(null);
    try {
      await api.remove(contact.id);
      setContacts((list) => (list ?? []).filter((c) => c.id !== contact.id));
      if (editing?.id === contact.id) setEditing(null);
    } catch (failure) {
      setError(`Could not delete ${contact.name}. ${messageOf(failure)}`);
    }
  };

  const status = contacts === null ? 'Loading contacts…' : contacts.length === 0 ? 'No contacts yet.' : `${contacts.length} ${contacts.length === 1 ? 'contact' : 'contacts'}.`;

  return (
    <main>
      <h1>Contacts</h1>
      {editing ? (
        // A new key gives a fresh form (fresh values and errors) for each contact edited.
        <ContactFormView
          key={`edit-${editing.id}`}
          title="Edit contact"
          submitLabel="Save changes"
          initial={{ name: editing.name, email: editing.email, phone: editing.phone ?? '', notes: editing.notes }}
          onSave={save(editing)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <ContactFormView key="new" title="New contact" submitLabel="Add contact" onSave={add} />
      )}
      {error && <p role="alert">{error}</p>}
      <p role="status">{status}</p>
      {contacts && contacts.length > 0 && (
        <ul aria-label="Contacts">
          {contacts.map((contact) => (
            <li key={contact.id}>
              {/* Text, never markup: React escapes it, so "<b>" shows as "<b>". */}
              <strong>{contact.name}</strong> <span>{contact.email}</span>
              {contact.phone && <span> · {contact.phone}</span>}
              {contact.notes && <p className="notes">{contact.notes}</p>}
              <button type="button" onClick={() => setEditing(contact)}>
                Edit {contact.name}
              </button>
              <button type="button" onClick={() => void remove(contact)}>
                Delete {contact.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
