// The chat page. The address says which room: /rooms/<id>. The DOM checks render this component on
// its own, at such an address.
import { ChatRoom } from './chat-room.js';

export function roomIdFromPath(pathname: string): number | null {
  const match = /^\/rooms\/([1-9]\d{0,15})\/?$/.exec(pathname);
  return match ? Number(match[1]) : null;
}

export function App() {
  const roomId = roomIdFromPath(window.location.pathname);
  if (roomId === null) {
    return (
      <main>
        <h1>Chat</h1>
        <p role="alert">There is no room at this address. Open /rooms/&lt;id&gt;.</p>
      </main>
    );
  }
  // key: another room is another component, with fresh state and its own stream.
  return <ChatRoom key={roomId} roomId={roomId} />;
}
