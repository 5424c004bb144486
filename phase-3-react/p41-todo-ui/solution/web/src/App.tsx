// The todo list. Toggling, renaming and deleting show at once (optimistic updates) and are put
// back as they were when the server refuses; adding waits for the server, which gives the id.
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Todo } from './api.js';
import { TodoItem } from './todo-item.js';

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
}

export function App() {
  /** null until the first list arrives: the loading state. */
  const [todos, setTodos] = useState<Todo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    let current = true;
    api.list().then(
      (items) => current && setTodos(items),
      (failure: unknown) => {
        if (!current) return;
        setTodos([]);
        setError(`Could not load your todos. ${messageOf(failure)}`);
      },
    );
    // StrictMode runs effects twice in development: only the last run may set state.
    return () => {
      current = false;
    };
  }, []);

  /** Puts one todo back as it was, wherever the list has moved since. */
  const restore = (before: Todo, index: number) =>
    setTodos((list) => {
      const rest = (list ?? []).filter((t) => t.id !== before.id);
      return [...rest.slice(0, index), before, ...rest.slice(index)];
    });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const text = title.trim();
    if (text === '') {
      setError('Write a title first.');
      return;
    }
    setError(null);
    setAdding(true);
    try {
      const todo = await api.add(text);
      setTodos((list) => [...(list ?? []), todo]);
      setTitle('');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setAdding(false);
    }
  };

  const change = async (before: Todo, patch: { title?: string; done?: boolean }) => {
    const index = (todos ?? []).findIndex((t) => t.id === before.id);
    setError(null);
    setTodos((list) => (list ?? []).map((t) => (t.id === before.id ? { ...t, ...patch } : t)));
    try {
      const saved = await api.update(before.id, patch);
      setTodos((list) => (list ?? []).map((t) => (t.id === saved.id ? saved : t)));
    } catch (failure) {
      restore(before, index);
      setError(messageOf(failure));
    }
  };

  const remove = async (todo: Todo) => {
    const index = (todos ?? []).findIndex((t) => t.id === todo.id);
    setError(null);
    setTodos((list) => (list ?? []).filter((t) => t.id !== todo.id));
    try {
      await api.remove(todo.id);
    } catch (failure) {
      restore(todo, index);
      setError(messageOf(failure));
    }
  };

  const rename = (todo: Todo, draft: string): boolean => {
    const text = draft.trim();
    if (text === '') {
      setError('A todo needs a title.');
      return false;
    }
    if (text !== todo.title) void change(todo, { title: text });
    return true;
  };

  const left = (todos ?? []).filter((t) => !t.done).length;
  const status = todos === null ? 'Loading todos…' : todos.length === 0 ? 'No todos yet.' : `${left} of ${todos.length} left.`;

  return (
    <main>
      <h1>Todos</h1>
      <form onSubmit={add}>
        <label htmlFor="new-todo">New todo</label>
        <input id="new-todo" value={title} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" disabled={adding}>
          Add todo
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      <p role="status">{status}</p>
      {todos && todos.length > 0 && (
        <ul aria-label="Todos">
          {todos.map((todo) => (
            <TodoItem key={todo.id} todo={todo} onToggle={(t) => void change(t, { done: !t.done })} onDelete={(t) => void remove(t)} onRename={rename} />
          ))}
        </ul>
      )}
    </main>
  );
}
