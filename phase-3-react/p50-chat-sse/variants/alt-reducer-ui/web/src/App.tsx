// Another page: one component, a reducer hook, ARIA roles on divs, aria-label instead of <label>.
import { useRef, useState } from 'react';
import { useChat } from './use-chat.js';

const LINK_TEXT = { waiting: 'Connecting to the room', live: 'Connected', lost: 'Reconnecting (connection lost)', dead: 'Offline' } as const;

function Room({ roomId }: { roomId: number }) {
  const { state, loadOlder, send } = useChat(roomId);
  const [author, setAuthor] = useState('');
  const [text, setText] = useState('');
  const textRef = useRef<HTMLInputElement>(null);

  const submit = async () => {
    if (await send(author, text)) setText('');
    textRef.current?.focus();
  };

  return (
    <div>
      <h1>{state.title ?? 'Loading room'}</h1>
      {state.problem !== null && <div role="alert">{state.problem}</div>}
      <div role="log" aria-label="Messages" aria-live="polite">
        {state.older !== null && (
          <button type="button" onClick={() => void loadOlder()}>
            Load older messages
          </button>
        )}
        {state.loaded && state.messages.length === 0 ? (
          <em>No messages yet</em>
        ) : (
          <div role="list">
            {state.messages.map((m) => (
              <div role="listitem" key={m.id}>
                [{new Date(m.createdAt).toISOString().slice(11, 16)}] {m.author} says: {m.text}
              </div>
            ))}
          </div>
        )}
      </div>
      {state.title !== null && (
        <div>
          <input aria-label="Your name" value={author} onChange={(e) => setAuthor(e.target.value)} />
          <input
            ref={textRef}
            aria-label="Message"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void submit();
            }}
          />
          <button type="button" disabled={state.busy} onClick={() => void submit()}>
            Send
          </button>
        </div>
      )}
      <div role="status">{LINK_TEXT[state.link]}</div>
    </div>
  );
}

export function App() {
  const match = window.location.pathname.match(/^\/rooms\/(\d+)$/);
  const roomId = match ? Number(match[1]) : 0;
  if (roomId < 1) return <div role="alert">Unknown address: open /rooms/&lt;number&gt;.</div>;
  return <Room roomId={roomId} />;
}
