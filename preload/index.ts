/**
 * The preload: exposes `window.quoteready` (named verbs and `onX(listener) -> unsubscribe`,
 * built by createBridgeApi from the contract) and nothing else. ipcRenderer itself never
 * reaches the page. Runs sandboxed, so it is bundled to one CommonJS file; it imports no schemas, so zod stays out.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridgeApi, type BridgeTransport } from './api.js';
import type { Result } from './contract.js';
import { ipcChannel, ipcEvent } from './ipcNames.js';

const ipcTransport: BridgeTransport = {
  async invoke(channel, request) {
    try {
      return (await ipcRenderer.invoke(ipcChannel(channel), request)) as Result<unknown>;
    } catch (err) {
      // Only when main has no handler or the channel broke: still a typed reply, never a throw.
      return { ok: false, code: 'IpcError', message: err instanceof Error ? err.message : String(err) };
    }
  },
  on(event, listener) {
    const name = ipcEvent(event);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(name, forward);
    return () => {
      ipcRenderer.removeListener(name, forward);
    };
  },
};

contextBridge.exposeInMainWorld('quoteready', createBridgeApi(ipcTransport));
