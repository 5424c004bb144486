// One room: the history (newest page first, older pages on demand), the live stream with its
// connection status, and the form that sends a message. SPEC.md's accessibility contract names
// every element the checks look for.
import { api, mergeMessages } from './api.js';

export function ChatRoom({ roomId }: { roomId: number }) {
  // TODO (Task 5): load the room and its newest page, then open the room's EventSource; show the
  // messages in the log, "Load older messages", and the form that sends one. Every message once.
  // TODO (Task 6): the connection status; close the EventSource when the component goes.
  void [api, mergeMessages, roomId];
  return (
    <main>
      <h1>Chat</h1>
    </main>
  );
}
