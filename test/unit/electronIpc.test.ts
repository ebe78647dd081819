import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channels, ipcChannel, ipcEvent, type ChannelName } from '../../preload/contract.js';
import { createAppUrlCheck } from '../../main/app/appOrigin.js';
import {
  answerIpcRequest,
  checkSender,
  createEventPusher,
  FORBIDDEN_MESSAGE,
  registerIpcHandlers,
  type IpcEventLike,
  type SenderTrust,
} from '../../main/app/ipcRegistrar.js';
import type { Handlers } from '../../main/core/service/dispatch.js';
import { DEFAULT_SETTINGS } from '../../main/core/service/hostPorts.js';
import { InputError } from '../../main/core/shared/errors.js';

const WINDOW_ID = 7;
const trust: SenderTrust = { windowIds: new Set([WINDOW_ID]), isAppUrl: createAppUrlCheck() };

function fakeEvent(overrides: { id?: number; url?: string; parent?: unknown; frame?: null } = {}): IpcEventLike {
  return {
    sender: { id: overrides.id ?? WINDOW_ID },
    senderFrame: overrides.frame === null ? null : { url: overrides.url ?? 'app://quoteready/index.html', parent: overrides.parent ?? null },
  };
}

function fakeHandlers(over: Partial<Record<ChannelName, (req: never) => unknown>> = {}): Handlers {
  const all = Object.fromEntries(
    (Object.keys(channels) as ChannelName[]).map((name) => [
      name,
      over[name] ??
        (() => {
          throw new Error(`unexpected call to ${name}`);
        }),
    ]),
  );
  return all as unknown as Handlers;
}

describe('checkSender', () => {
  it('accepts the main frame of a window main created, showing an app page', () => {
    expect(checkSender(fakeEvent(), trust)).toEqual({ ok: true });
  });
  it.each([
    ['a window main did not create', fakeEvent({ id: 99 })],
    ['a subframe', fakeEvent({ parent: { url: 'app://quoteready/index.html' } })],
    ['a frame that is gone', fakeEvent({ frame: null })],
    ['a foreign page in our window', fakeEvent({ url: 'https://evil.example/' })],
    ['a file:// page', fakeEvent({ url: 'file:///tmp/index.html' })],
  ])('refuses %s', (_label, event) => {
    expect(checkSender(event, trust).ok).toBe(false);
  });
});

describe('answerIpcRequest', () => {
  it('answers a good request with { ok: true, data }', async () => {
    const handlers = fakeHandlers({ 'settings:get': () => DEFAULT_SETTINGS });
    expect(await answerIpcRequest(handlers, trust, 'settings:get', fakeEvent(), undefined)).toEqual({ ok: true, data: DEFAULT_SETTINGS });
  });

  it('refuses a wrong sender without calling the handler', async () => {
    const handler = vi.fn(() => DEFAULT_SETTINGS);
    const handlers = fakeHandlers({ 'settings:get': handler });
    const reply = await answerIpcRequest(handlers, trust, 'settings:get', fakeEvent({ id: 99 }), undefined);
    expect(reply).toEqual({ ok: false, code: 'Forbidden', message: FORBIDDEN_MESSAGE });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a subframe', async () => {
    const reply = await answerIpcRequest(fakeHandlers(), trust, 'settings:get', fakeEvent({ parent: {} }), undefined);
    expect(reply).toMatchObject({ ok: false, code: 'Forbidden' });
  });

  it('answers an unknown channel with a typed reply', async () => {
    expect(await answerIpcRequest(fakeHandlers(), trust, 'fs:readFile', fakeEvent(), '/etc/passwd')).toMatchObject({
      ok: false,
      code: 'UnknownChannel',
    });
  });

  it('answers a malformed payload with InputError and the failing path, without calling the handler', async () => {
    const handler = vi.fn();
    const handlers = fakeHandlers({ 'vehicles:detail': handler });
    const reply = await answerIpcRequest(handlers, trust, 'vehicles:detail', fakeEvent(), { vin: 42 });
    expect(reply).toMatchObject({ ok: false, code: 'InputError' });
    expect(reply.ok ? null : reply.details).toMatchObject({ issues: [{ path: ['vin'] }] });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a plain Error into InternalError without leaking its message', async () => {
    const handlers = fakeHandlers({
      'settings:get': () => {
        throw new Error('SQLITE_BUSY at /home/clerk/secret/path');
      },
    });
    const reply = await answerIpcRequest(handlers, trust, 'settings:get', fakeEvent(), undefined);
    expect(reply).toMatchObject({ ok: false, code: 'InternalError' });
    expect(JSON.stringify(reply)).not.toContain('SQLITE_BUSY');
  });

  it('keeps a QuoteReadyError as its kind, message and details', async () => {
    const handlers = fakeHandlers({
      'settings:update': () => {
        throw new InputError('Setting "concurrency": too big.', { field: 'concurrency' });
      },
    });
    const reply = await answerIpcRequest(handlers, trust, 'settings:update', fakeEvent(), { concurrency: 5 });
    expect(reply).toEqual({ ok: false, code: 'InputError', message: 'Setting "concurrency": too big.', details: { field: 'concurrency' } });
  });
});

describe('registerIpcHandlers', () => {
  it('registers every contract channel through the wrapper, and removes them all', async () => {
    type Listener = Parameters<IpcMain['handle']>[1];
    const registered = new Map<string, Listener>();
    const ipcMain = {
      handle: vi.fn((name: string, listener: Listener) => void registered.set(name, listener)),
      removeHandler: vi.fn((name: string) => void registered.delete(name)),
    };
    const dispose = registerIpcHandlers(ipcMain, fakeHandlers({ 'settings:get': () => DEFAULT_SETTINGS }), trust);
    expect([...registered.keys()].sort()).toEqual((Object.keys(channels) as ChannelName[]).map(ipcChannel).sort());

    const listener = registered.get(ipcChannel('settings:get'))!;
    // A fake stands in for Electron's IpcMainInvokeEvent: the wrapper reads only sender.id and senderFrame.
    expect(await listener(fakeEvent() as never, undefined)).toEqual({ ok: true, data: DEFAULT_SETTINGS });
    expect(await listener(fakeEvent({ id: 1 }) as never, undefined)).toMatchObject({ ok: false, code: 'Forbidden' });

    dispose();
    expect(registered.size).toBe(0);
  });
});

describe('createEventPusher', () => {
  it('sends the event to every live window and survives one that fails', () => {
    const live = { isDestroyed: () => false, send: vi.fn() };
    const closed = { isDestroyed: () => true, send: vi.fn() };
    const broken = {
      isDestroyed: () => false,
      send: vi.fn(() => {
        throw new Error('Render frame was disposed');
      }),
    };
    const pushEvent = createEventPusher(() => [broken, closed, live]);
    pushEvent('network', { online: false });
    expect(live.send).toHaveBeenCalledWith(ipcEvent('network'), { online: false });
    expect(closed.send).not.toHaveBeenCalled();
    expect(broken.send).toHaveBeenCalledTimes(1);
  });
});
