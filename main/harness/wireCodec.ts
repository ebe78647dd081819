/**
 * The harness bridge's wire format: JSON, with byte arrays (the spreadsheet sent to
 * import:preview) tagged and base64-encoded so they arrive as Uint8Array on the other
 * side. Used by the server (Node) and the page (browser); only atob/btoa, present in both.
 */
const BYTES = '$qr:bytes';
const CHUNK = 0x8000;

export type WireMessage =
  | { type: 'invoke'; id: number; channel: string; payload?: unknown }
  | { type: 'reply'; id: number; result: unknown }
  | { type: 'event'; name: string; payload: unknown };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function encodeMessage(message: WireMessage): string {
  return JSON.stringify(message, (_key, value: unknown) => (value instanceof Uint8Array ? { [BYTES]: toBase64(value) } : value));
}

/** Parses one frame; null when it is not a message of ours. */
export function decodeMessage(text: string): WireMessage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const tagged = (value as Record<string, unknown>)[BYTES];
        if (typeof tagged === 'string' && Object.keys(value).length === 1) return fromBase64(tagged);
      }
      return value;
    });
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const m = parsed as Record<string, unknown>;
  if (m.type === 'invoke' && typeof m.id === 'number' && typeof m.channel === 'string') return m as WireMessage;
  if (m.type === 'reply' && typeof m.id === 'number') return m as WireMessage;
  if (m.type === 'event' && typeof m.name === 'string') return m as WireMessage;
  return null;
}

export const BRIDGE_PATH = '/bridge';
export const BRIDGE_SCRIPT_PATH = '/harness-bridge.js';
