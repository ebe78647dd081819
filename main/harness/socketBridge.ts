/**
 * The server side of the harness bridge: one WebSocket endpoint that answers each request
 * with `dispatch(handlers, channel, payload)`, exactly as Electron's IPC registrar does,
 * and pushes the app service's events to every open page. Only a page served by this
 * harness may connect (the Origin header must be ours, the Host header must be loopback).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventName } from '../../preload/contract.js';
import { dispatch, type Handlers } from '../core/service/dispatch.js';
import { createLogger } from '../core/shared/logger.js';
import { BRIDGE_PATH, decodeMessage, encodeMessage } from './wireCodec.js';

const log = createLogger('harness-bridge');

/** A 200 MB spreadsheet, base64 in JSON, with room to spare. */
const MAX_FRAME_BYTES = 300 * 1024 * 1024;

export interface SocketBridgeOptions {
  server: Server;
  handlers: Handlers;
  /** Origins allowed to open the socket, e.g. http://127.0.0.1:5173. */
  allowedOrigins: () => ReadonlySet<string>;
}

export interface SocketBridge {
  broadcast(name: EventName, payload: unknown): void;
  clients(): number;
  close(): Promise<void>;
}

function refuse(socket: Duplex, status: string): void {
  socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

export function attachSocketBridge(o: SocketBridgeOptions): SocketBridge {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const origin = req.headers.origin ?? '';
    const host = req.headers.host ?? '';
    const allowed = o.allowedOrigins();
    if (path !== BRIDGE_PATH) return refuse(socket, '404 Not Found');
    if (!allowed.has(origin) || !allowed.has(`http://${host}`)) {
      log.warn('refused a socket from another origin', { origin, host });
      return refuse(socket, '403 Forbidden');
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  o.server.on('upgrade', onUpgrade);

  wss.on('connection', (ws: WebSocket) => {
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = decodeMessage(data.toString());
      if (message?.type !== 'invoke') return;
      void dispatch(o.handlers, message.channel, message.payload).then((result) => {
        if (ws.readyState === ws.OPEN) ws.send(encodeMessage({ type: 'reply', id: message.id, result }));
      });
    });
    ws.on('error', (err) => log.warn('socket error', { error: err.message }));
  });

  return {
    broadcast(name, payload) {
      const frame = encodeMessage({ type: 'event', name, payload });
      for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send(frame);
    },
    clients: () => wss.clients.size,
    close() {
      o.server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}
