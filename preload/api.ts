/**
 * The object the renderer sees as `window.quoteready`: named verbs and `onX(listener)`
 * returning an unsubscribe, built over a transport. Electron's preload passes an
 * ipcRenderer transport; the browser harness passes a WebSocket one. The renderer's
 * API type is derived from this function, so it always matches the contract.
 */
import type { ChannelName, EventName, EventOf, ReplyOf, RequestOf, Result } from './contract.js';

export interface BridgeTransport {
  invoke(channel: ChannelName, request: unknown): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

export function createBridgeApi(t: BridgeTransport) {
  const call =
    <C extends ChannelName>(c: C) =>
    (request: RequestOf<C>) =>
      t.invoke(c, request) as Promise<Result<ReplyOf<C>>>;
  const on =
    <E extends EventName>(e: E) =>
    (listener: (payload: EventOf<E>) => void) =>
      t.on(e, listener as (payload: unknown) => void);

  return {
    appInfo: call('app:info'),
    getSettings: call('settings:get'),
    updateSettings: call('settings:update'),
    secretsStatus: call('secrets:status'),
    setToken: call('secrets:setToken'),
    clearToken: call('secrets:clearToken'),
    previewImport: call('import:preview'),
    fixImportCell: call('import:fixCell'),
    commitImport: call('import:commit'),
    exportRejectedRows: call('import:exportRejected'),
    progress: call('registration:progress'),
    startRegistration: call('registration:start'),
    pauseRegistration: call('registration:pause'),
    resumeRegistration: call('registration:resume'),
    stopRegistration: call('registration:stop'),
    listVehicles: call('vehicles:list'),
    vehicleDetail: call('vehicles:detail'),
    retryVehicles: call('vehicles:retry'),
    reregisterVehicles: call('vehicles:reregister'),
    clearVehicleCache: call('vehicles:clearCache'),
    exportVehiclesCsv: call('vehicles:exportCsv'),
    lookupVehicleForQuote: call('quotes:lookup'),
    startQuote: call('quotes:start'),
    cancelQuote: call('quotes:cancel'),
    onProgress: on('progress'),
    onVehiclesChanged: on('vehiclesChanged'),
    onNetwork: on('network'),
    onQuote: on('quote'),
  };
}

export type QuoteReadyApi = ReturnType<typeof createBridgeApi>;
