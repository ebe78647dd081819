/**
 * The one place a request from a window is parsed and answered. Electron's IPC
 * registrar and the browser harness's WebSocket bridge both call `dispatch`, so
 * both validate with the contract's schemas and both return typed results: business
 * errors never throw across the bridge (a thrown error would lose its fields).
 */
import { z } from 'zod';
import { channels, type ChannelName, type ReplyOf, type Result } from '../../../preload/contract.js';
import { QuoteReadyError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';

const log = createLogger('dispatch');

export type Handlers = {
  [C in ChannelName]: (request: z.output<(typeof channels)[C]['request']>) => Promise<ReplyOf<C>> | ReplyOf<C>;
};

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

export async function dispatch(handlers: Handlers, name: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannelName(name)) return { ok: false, code: 'UnknownChannel', message: `No such request: ${String(name)}` };
  const spec = channels[name];
  const parsed = spec.request.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'InputError',
      message: `The request "${name}" was malformed: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ')}`,
      details: { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
    };
  }
  try {
    const handler = handlers[name] as (req: unknown) => Promise<unknown> | unknown;
    const data = await handler(parsed.data);
    return { ok: true, data };
  } catch (err) {
    if (err instanceof QuoteReadyError) {
      return { ok: false, code: err.kind, message: err.message, ...(err.details ? { details: err.details } : {}) };
    }
    log.error('request failed', { channel: name, error: err instanceof Error ? err.message : String(err) });
    return { ok: false, code: 'InternalError', message: 'Something went wrong inside QuoteReady; the request was not completed. Details are in the log.' };
  }
}
