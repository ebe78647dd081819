/**
 * The two socket-facing chores: read a request body to its end (always, even for a 401 or a
 * fault, so a keep-alive connection stays usable and the client never sees a half-read
 * upload), and write a Reply as JSON.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from './partnerReplies.js';

/** Bodies above this are drained but not kept; the answer is 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ReadBody {
  text: string;
  tooLarge: boolean;
}

/** Resolves when the body has been read; rejects if the client goes away mid-body. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.once('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: size > limit }));
    req.once('error', reject);
    req.once('close', () => {
      if (!req.complete) reject(new Error('client closed the request before its body ended'));
    });
  });
}

/** Writes the reply unless the socket is already gone; returns whether it was written. */
export function sendReply(res: ServerResponse, reply: Reply): boolean {
  if (res.destroyed || res.writableEnded) return false;
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...reply.headers,
  });
  res.end(text);
  return true;
}
