// One component for the whole page, over the useTodos hook.
import { useState } from 'react';
import { useTodos, type Item } from './use-todos.js';

export function App() {
  const todos = useTodos();
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<{ id: number; value: string } | null>(null);

  const submit = async () => {
    if (!text.trim()) return todos.complain('Please type something to do.');
    if (await todos.create(text.trim())) setText('');
  };

  const finishEdit = (item: Item) => {
    if (!editing) return;
    const value = editing.value.trim();
    if (!value) return todos.complain('The title cannot be empty.');
    setEditing(null);
    if (value !== item.title) void todos.rename(item, value);
  };

  return (
    <div className="page">
      <h1>Todos</h1>
      <div>
        <input
          aria-label="New todo"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void submit();
          }}
        />
        <button onClick={() => void submit()} disabled={todos.busy}>
          Add todo
        </button>
      </div>
      <div role="status" aria-live="polite">
        {!todos.loaded ? 'Loading…' : todos.items.length ? `${todos.items.length} todos` : 'No todos here.'}
      </div>
      {todos.problem ? <div role="alert">{todos.problem}</div> : null}
      {todos.items.length > 0 && (
        <div role="list" aria-label="Todos">
          {todos.items.map((item) => (
            <div role="listitem" key={item.id}>
              {editing?.id === item.id ? (
                <>
                  <input
                    aria-label="Edit title"
                    value={editing.value}
                    autoFocus
                    onChange={(e) => setEditing({ id: item.id, value: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') finishEdit(item);
                      if (e.key === 'Escape') setEditing(null);
                    }}
                  />
                  <button onClick={() => finishEdit(item)}>Save</button>
                  <button onClick={() => setEditing(null)}>Cancel</button>
                </>
              ) : (
                <>
                  <input type="checkbox" aria-labelledby={`title-${item.id}`} checked={item.done} onChange={() => void todos.toggle(item)} />
                  <span id={`title-${item.id}`}>{item.title}</span>
                  <button aria-label={`Edit ${item.title}`} onClick={() => setEditing({ id: item.id, value: item.title })}>
                    ✎
                  </button>
                  <button aria-label={`Delete ${item.title}`} onClick={() => void todos.drop(item)}>
                    🗑
                  </button>
                </>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
