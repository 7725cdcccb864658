import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveParent } from '../children';

/**
 * The benchmark's Bot Framework connector, run as its own process: answers like the real one (an
 * `{ id }` for every activity sent or updated, `{ id, activityId }` for a new conversation) and
 * counts what it was sent, without keeping bodies. A reply to a message names the activity it
 * answers in its path (`POST /v3/conversations/<id>/activities/<replyToId>`): the activity ids
 * replied to since the last `collect` are what "replies delivered" is counted from.
 */

const REPLY = /^\/v3\/conversations\/[^/]+\/activities\/([^/?]+)/;

let replied = new Set<string>();
let counts = { replies: 0, updates: 0, conversations: 0, other: 0, connections: 0 };
let next = 0;

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const url = req.url ?? '';
    const reply = REPLY.exec(url);
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST' && url === '/v3/conversations') {
      counts.conversations++;
      next++;
      res.end(JSON.stringify({ id: `bench-conversation-${next}`, activityId: `a${next}` }));
      return;
    }
    if (req.method === 'POST' && reply?.[1]) {
      counts.replies++;
      replied.add(decodeURIComponent(reply[1]));
    } else if (req.method === 'PUT' && reply?.[1]) {
      counts.updates++;
      res.end(JSON.stringify({ id: decodeURIComponent(reply[1]) }));
      return;
    } else {
      counts.other++;
    }
    res.end(JSON.stringify({ id: `reply-${++next}` }));
  });
});
server.keepAliveTimeout = 60_000;
// Connections opened: a bot that reuses them opens a few, one that does not opens one per call.
server.on('connection', () => counts.connections++);

server.listen(0, '127.0.0.1', () => {
  serveParent((server.address() as AddressInfo).port, {
    /** What was sent since the last collect, and a fresh start. */
    collect: () => {
      const result = { ...counts, replied: [...replied] };
      replied = new Set();
      counts = { replies: 0, updates: 0, conversations: 0, other: 0, connections: 0 };
      return result;
    },
  });
});
process.once('SIGTERM', () => process.exit(0));
