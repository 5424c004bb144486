// One todo: its checkbox (named by the title), and Edit and Delete buttons that say which todo
// they act on, so that a screen reader user hears "Delete Buy milk", not "Delete" ten times.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Todo } from './api.js';

interface Props {
  todo: Todo;
  onToggle: (todo: Todo) => void;
  onDelete: (todo: Todo) => void;
  /** Answers false when the new title was refused, so the form stays open. */
  onRename: (todo: Todo, title: string) => boolean;
}

export function TodoItem({ todo, onToggle, onDelete, onRename }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const checkboxId = `todo-${todo.id}`;

  if (draft !== null) {
    const save = (event: FormEvent) => {
      event.preventDefault();
      if (onRename(todo, draft)) setDraft(null);
    };
    const cancelOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDraft(null);
    };
    return (
      <li>
        <form onSubmit={save} aria-label={`Edit ${todo.title}`}>
          <label>
            Edit title
            <input value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={cancelOnEscape} autoFocus />
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }

  return (
    <li>
      <input id={checkboxId} type="checkbox" checked={todo.done} onChange={() => onToggle(todo)} />
      {/* The title is text: React escapes it, so "<b>" shows as "<b>", never as markup. */}
      <label htmlFor={checkboxId} className={todo.done ? 'done' : undefined}>
        {todo.title}
      </label>
      <button type="button" onClick={() => setDraft(todo.title)}>
        Edit {todo.title}
      </button>
      <button type="button" onClick={() => onDelete(todo)}>
        Delete {todo.title}
      </button>
    </li>
  );
}
