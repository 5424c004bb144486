// One room: the history (newest page first, older pages on demand), the live stream with its
// connection status, and the form that sends a message.
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, mergeMessages, type Message, type Room } from './api.js';

type Connection = 'connecting' | 'open' | 'reconnecting' | 'closed';

const STATUS_TEXT: Record<Connection, string> = {
  connecting: 'Connecting…',
  open: 'Connected',
  reconnecting: 'Reconnecting…',
  closed: 'Disconnected. Reload the page to try again.',
};

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
}

export function ChatRoom({ roomId }: { roomId: number }) {
  const [room, setRoom] = useState<Room | null>(null);
  /** null until the first history page arrives. */
  const [messages, setMessages] = useState<Message[] | null>(null);
  /** The cursor for the next older page; null when the oldest message is shown. */
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [error, setError] = useState<string | null>(null);
  const [author, setAuthor] = useState('');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);

  useEffect(() => {
    let current = true;
    let source: EventSource | undefined;
    const start = async () => {
      try {
        const [found, page] = await Promise.all([api.room(roomId), api.history(roomId)]);
        if (!current) return;
        setRoom(found);
        setMessages((list) => mergeMessages(list ?? [], page.items));
        setNextBefore(page.nextBefore);
        // Start the stream after the newest message of the page: the server replays anything
        // posted since the page was read. On a reconnect the EventSource itself sends the id of
        // the last event it saw (Last-Event-ID), which the server prefers over this one.
        source = api.events(roomId, page.items.at(-1)?.id ?? 0);
        source.onopen = () => setConnection('open');
        source.onerror = () => setConnection(source?.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
        source.addEventListener('message', (event) => {
          const message = JSON.parse((event as MessageEvent<string>).data) as Message;
          setMessages((list) => mergeMessages(list ?? [], [message]));
        });
      } catch (failure) {
        if (!current) return;
        setMessages([]);
        setConnection('closed');
        setError(`Could not open this room. ${messageOf(failure)}`);
      }
    };
    void start();
    // Leaving the room (or StrictMode's second run) closes the stream: the server then forgets
    // this listener.
    return () => {
      current = false;
      source?.close();
    };
  }, [roomId]);

  const loadOlder = async () => {
    if (nextBefore === null) return;
    setLoadingOlder(true);
    try {
      const page = await api.history(roomId, nextBefore);
      setMessages((list) => mergeMessages(list ?? [], page.items));
      setNextBefore(page.nextBefore);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setLoadingOlder(false);
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (author.trim() === '') return setError('Write your name first.');
    if (text.trim() === '') return setError('Write a message first.');
    setError(null);
    setSending(true);
    try {
      const message = await api.send(roomId, author, text);
      // The stream brings it too; merging by id shows it once whichever comes first.
      setMessages((list) => mergeMessages(list ?? [], [message]));
      setText('');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSending(false);
    }
  };

  return (
    <main>
      <h1>{room ? room.name : 'Chat'}</h1>
      <p role="status">{STATUS_TEXT[connection]}</p>
      {error && <p role="alert">{error}</p>}
      {nextBefore !== null && (
        <button type="button" onClick={() => void loadOlder()} disabled={loadingOlder}>
          Load older messages
        </button>
      )}
      <section role="log" aria-label="Messages">
        {messages !== null && messages.length === 0 && <p>No messages yet.</p>}
        {messages !== null && messages.length > 0 && (
          <ol>
            {messages.map((message) => (
              <li key={message.id}>
                {/* Text, never HTML: React escapes it, so "<img>" shows as "<img>". */}
                <strong>{message.author}</strong>: {message.text}
              </li>
            ))}
          </ol>
        )}
      </section>
      {room && (
        <form onSubmit={send}>
          <label htmlFor="author">Your name</label>
          <input id="author" value={author} onChange={(e) => setAuthor(e.target.value)} autoComplete="nickname" />
          <label htmlFor="text">Message</label>
          <input id="text" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
          <button type="submit" disabled={sending}>
            Send
          </button>
        </form>
      )}
    </main>
  );
}
