/**
 * The page side of the harness bridge: the same BridgeTransport the Electron preload
 * implements over ipcRenderer, here over one WebSocket to the harness. Requests made
 * before the socket opens wait for it; if it drops, it reconnects, and requests caught
 * in between get a plain failure instead of hanging.
 */
import type { BridgeTransport } from '../../../preload/api';
import type { ChannelName, EventName, Result } from '../../../preload/contract';
import { decodeMessage, encodeMessage } from '../wireCodec';

const CONNECT_WAIT_MS = 15_000;

const lost = (): Result<never> => ({
  ok: false,
  code: 'Disconnected',
  message: 'Lost the connection to QuoteReady. If the harness was stopped, start it again and reload this page.',
});

export function createWsTransport(url: string): BridgeTransport {
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let open: Promise<WebSocket | null> = Promise.resolve(null);
  let retryMs = 500;

  const connect = () => {
    const ws = new WebSocket(url);
    socket = ws;
    open = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), CONNECT_WAIT_MS);
      ws.addEventListener('open', () => {
        clearTimeout(timer);
        retryMs = 500;
        resolve(ws);
      });
      ws.addEventListener('close', () => {
        clearTimeout(timer);
        resolve(null);
      });
    });
    ws.addEventListener('message', (e: MessageEvent) => {
      const m = typeof e.data === 'string' ? decodeMessage(e.data) : null;
      if (m?.type === 'reply') {
        pending.get(m.id)?.(m.result as Result<unknown>);
        pending.delete(m.id);
      } else if (m?.type === 'event') {
        listeners.get(m.name)?.forEach((l) => l(m.payload));
      }
    });
    ws.addEventListener('close', () => {
      for (const settle of pending.values()) settle(lost());
      pending.clear();
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    });
  };
  connect();

  return {
    async invoke(channel: ChannelName, request: unknown) {
      let ws = socket?.readyState === WebSocket.OPEN ? socket : await open;
      if (!ws || ws.readyState !== WebSocket.OPEN) ws = await open;
      if (!ws || ws.readyState !== WebSocket.OPEN) return lost();
      const id = nextId++;
      const live = ws;
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, resolve);
        live.send(encodeMessage({ type: 'invoke', id, channel, payload: request }));
      });
    },
    on(event: EventName, listener: (payload: unknown) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
