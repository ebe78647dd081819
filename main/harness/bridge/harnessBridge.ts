/**
 * Loaded by the harness before the app bundle: gives the page the same `window.quoteready`
 * the Electron preload gives, built by the same createBridgeApi, over a WebSocket to the
 * harness that served the page.
 */
import { createBridgeApi } from '../../../preload/api';
import { BRIDGE_PATH } from '../wireCodec';
import { createWsTransport } from './wsTransport';

const api = createBridgeApi(createWsTransport(`ws://${location.host}${BRIDGE_PATH}`));
Object.defineProperty(window, 'quoteready', { value: Object.freeze(api), enumerable: true, configurable: false, writable: false });
