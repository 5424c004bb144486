// The HTTP side of rooms and messages, under /api/rooms, the event stream included.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/client.js';
import type { MessageRow, RoomRow } from '../db/schema.js';
import { methodNotAllowed } from '../errors.js';
import { jsonBody } from '../json-body.js';
import { openEventStream, toEventChunk } from './events.js';
import type { Hub } from './hub.js';
import { findRoom, historyPage, insertMessage, insertRoom, messagesAfter } from './repository.js';
import { parseHistoryQuery, parseLastEventId, parseNewMessage, parseNewRoom, parseRoomId, roomNotFound } from './validation.js';

export function toMessageJson(row: MessageRow) {
  return { id: row.id, roomId: row.roomId, author: row.author, text: row.text, createdAt: row.createdAt.toISOString() };
}

export type MessageJson = ReturnType<typeof toMessageJson>;

type WithId = Request<{ id: string }>;

export function roomsRouter(db: Db, hub: Hub, now: () => Date): Router {
  const router = Router();
  const toRoomJson = (row: RoomRow) => ({ id: row.id, name: row.name, listeners: hub.count(row.id) });
  const roomOf = (req: WithId): RoomRow => {
    const id = parseRoomId(req.params.id);
    const room = findRoom(db, id);
    if (!room) throw roomNotFound(id);
    return room;
  };

  router
    .route('/api/rooms')
    .post(jsonBody, (req: Request, res: Response) => {
      const { name } = parseNewRoom(req.body);
      const room = insertRoom(db, name, now());
      res.status(201).location(`/api/rooms/${room.id}`).json(toRoomJson(room));
    })
    .all(methodNotAllowed(['POST']));

  router
    .route('/api/rooms/:id')
    .get((req: WithId, res: Response) => {
      res.json(toRoomJson(roomOf(req)));
    })
    .all(methodNotAllowed(['GET']));

  router
    .route('/api/rooms/:id/messages')
    .get((req: WithId, res: Response) => {
      const room = roomOf(req);
      const { before, limit } = parseHistoryQuery(req.query);
      const { rows, more } = historyPage(db, room.id, before, limit);
      // The cursor for the next older page is the oldest id on this one: ids never change, so a
      // message posted meanwhile cannot shift the pages the way an offset would.
      res.json({ items: rows.map(toMessageJson), nextBefore: more ? rows[0]!.id : null });
    })
    .post(jsonBody, (req: WithId, res: Response) => {
      const room = roomOf(req);
      const { author, text } = parseNewMessage(req.body);
      const message = toMessageJson(insertMessage(db, room.id, author, text, now()));
      // Stored first, then sent: a client that reconnects finds in the database everything it
      // could have missed live.
      hub.publish(room.id, toEventChunk(message));
      res.status(201).json(message);
    })
    .all(methodNotAllowed(['GET', 'POST']));

  router
    .route('/api/rooms/:id/events')
    .get((req: WithId, res: Response) => {
      const room = roomOf(req);
      const after = parseLastEventId(req.get('last-event-id'), req.query.lastEventId);
      // Everything below runs synchronously (better-sqlite3 does not wait): no POST can be handled
      // between reading the missed messages and subscribing, so nothing falls in between and
      // nothing comes twice.
      const missed = after === null ? [] : messagesAfter(db, room.id, after).map(toMessageJson);
      openEventStream(req, res, hub, room.id, missed);
    })
    .all(methodNotAllowed(['GET']));

  return router;
}
