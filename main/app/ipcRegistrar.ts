/**
 * The ONE way a renderer request reaches the app service: every channel of the contract is
 * registered through `answerIpcRequest`, which first checks who is asking (the main frame
 * of a window main created, showing one of our own pages) and then hands the payload,
 * still `unknown`, to the shared `dispatch`, which parses it with the contract's schema.
 * Every outcome is a typed Result; nothing throws across the bridge.
 *
 * Electron is only a type here: tests drive these functions with fake events.
 */
import type { IpcMain } from 'electron';
import { channels, ipcChannel, ipcEvent, type ChannelName, type EventName, type EventOf, type Result } from '../../preload/contract.js';
import { dispatch, type Handlers } from '../core/service/dispatch.js';
import { createLogger } from '../core/shared/logger.js';
import { originOf } from './appOrigin.js';

const log = createLogger('ipc');

/** The parts of an IpcMainInvokeEvent the check reads (a real event satisfies it). */
export interface IpcEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface SenderTrust {
  /** webContents ids of the windows main created (appWindows.ts keeps this set). */
  readonly windowIds: ReadonlySet<number>;
  /** Is this URL one of our own pages? (appOrigin.ts) */
  isAppUrl(url: string): boolean;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

export function checkSender(event: IpcEventLike, trust: SenderTrust): SenderVerdict {
  if (!trust.windowIds.has(event.sender.id)) return { ok: false, reason: 'not a window QuoteReady created' };
  const frame = event.senderFrame;
  if (!frame) return { ok: false, reason: 'the sending frame is gone' };
  if (frame.parent !== null) return { ok: false, reason: 'sent from a subframe' };
  if (!trust.isAppUrl(frame.url)) return { ok: false, reason: 'the page is not a QuoteReady page' };
  return { ok: true };
}

export const FORBIDDEN_MESSAGE = 'This request did not come from a QuoteReady window and was refused.';

export async function answerIpcRequest(
  handlers: Handlers,
  trust: SenderTrust,
  channel: string,
  event: IpcEventLike,
  payload: unknown,
): Promise<Result<unknown>> {
  const verdict = checkSender(event, trust);
  if (!verdict.ok) {
    log.warn('refused an IPC request', { channel, reason: verdict.reason, origin: originOf(event.senderFrame?.url ?? '') });
    return { ok: false, code: 'Forbidden', message: FORBIDDEN_MESSAGE };
  }
  try {
    return await dispatch(handlers, channel, payload);
  } catch (err) {
    // dispatch already turns handler errors into Results; this is a last line of defence.
    log.error('IPC dispatch failed', { channel, error: err instanceof Error ? err.message : String(err) });
    return { ok: false, code: 'InternalError', message: 'Something went wrong inside QuoteReady; the request was not completed.' };
  }
}

/** Registers every contract channel on ipcMain; returns a function that removes them all. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  trust: SenderTrust,
): () => void {
  const names = Object.keys(channels) as ChannelName[];
  for (const name of names) {
    ipcMain.handle(ipcChannel(name), (event, payload: unknown) => answerIpcRequest(handlers, trust, name, event, payload));
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(ipcChannel(name));
  };
}

export interface EventReceiver {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/**
 * `pushEvent(name, payload)` sends one contract event to every live app window. The app
 * service already coalesces events (a few per second), so this adds no batching of its own.
 */
export function createEventPusher(targets: () => Iterable<EventReceiver>) {
  return function pushEvent<E extends EventName>(name: E, payload: EventOf<E>): void {
    for (const target of targets()) {
      if (target.isDestroyed()) continue;
      try {
        target.send(ipcEvent(name), payload);
      } catch (err) {
        log.warn('could not push an event to a window', { event: name, error: err instanceof Error ? err.message : String(err) });
      }
    }
  };
}
