import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, fromBase64, toBase64 } from '../../main/harness/wireCodec.js';

describe('harness wire codec', () => {
  it('carries bytes as Uint8Array, every value intact', () => {
    const data = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    const text = encodeMessage({ type: 'invoke', id: 3, channel: 'import:preview', payload: { fileName: 'a.csv', data } });
    const back = decodeMessage(text);
    expect(back?.type).toBe('invoke');
    const payload = (back as { payload: { fileName: string; data: unknown } }).payload;
    expect(payload.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(payload.data as Uint8Array).equals(Buffer.from(data))).toBe(true);
  });

  it('matches Node base64 both ways', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 255, 10, 13]);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect([...fromBase64(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
  });

  it('rejects frames that are not ours', () => {
    expect(decodeMessage('not json')).toBeNull();
    expect(decodeMessage('{"type":"invoke","id":"1","channel":"x"}')).toBeNull();
    expect(decodeMessage('[1,2]')).toBeNull();
    expect(decodeMessage('{"type":"event","name":"progress","payload":{"$qr:bytes":"AAE="}}')).toMatchObject({ payload: new Uint8Array([0, 1]) });
  });
});
