/**
 * The Electron channel names on the wire. Kept apart from contract.ts (which pulls in
 * zod) so the sandboxed preload bundle stays a few KB: it needs the names, not the schemas.
 */
import type { ChannelName, EventName } from './contract.js';

export const ipcChannel = (name: ChannelName) => `qr:${name}`;
export const ipcEvent = (name: EventName) => `qr:event:${name}`;
