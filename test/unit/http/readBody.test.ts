import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { readJsonBody, refuseByHeaders } from '../../../src/http/readBody';

const LIMITS = { bodyBytes: 1024, bodyReadMs: 200, jsonDepth: 8 };

/** A request stream with these headers; the test writes (or never writes) its body. */
function request(headers: Record<string, string>): PassThrough & IncomingMessage {
  return Object.assign(new PassThrough(), { headers }) as unknown as PassThrough & IncomingMessage;
}

const json = { 'content-type': 'application/json; charset=utf-8' };

describe('refuseByHeaders', () => {
  it.each([
    [{ ...json, 'content-encoding': 'gzip' }, 415],
    [{ ...json, 'content-encoding': 'deflate, identity' }, 415],
    [{ 'content-type': 'text/plain' }, 415],
    [{}, 415],
    [{ 'content-type': 'application/json; charset=iso-8859-1' }, 415],
    [{ ...json, 'content-length': '1025' }, 413],
  ])('refuses %j with %i before reading', (headers, status) => {
    expect(refuseByHeaders(headers, LIMITS)).toMatchObject({ ok: false, status, unread: true });
  });

  it.each([json, { 'content-type': 'Application/JSON' }, { ...json, 'content-encoding': 'identity' }])(
    'lets %j through',
    (headers) => {
      expect(refuseByHeaders(headers, LIMITS)).toBeUndefined();
    },
  );
});

describe('readJsonBody', () => {
  it('parses a JSON body', async () => {
    const req = request(json);
    const reading = readJsonBody(req, LIMITS);
    req.end('{"type":"message"}');
    expect(await reading).toEqual({ ok: true, value: { type: 'message' } });
  });

  it('counts the bytes as they arrive, whatever Content-Length said', async () => {
    const req = request({ ...json, 'content-length': '10' });
    const reading = readJsonBody(req, LIMITS);
    req.write('['.repeat(600));
    req.write(']'.repeat(600));
    expect(await reading).toMatchObject({ ok: false, status: 413, unread: true });
  });

  it.each([
    ['not JSON', '{nope'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d])],
    ['empty', ''],
    ['nested too deep', `${'['.repeat(9)}${']'.repeat(9)}`],
  ])('refuses a body that is %s with 400', async (_name, body) => {
    const req = request(json);
    const reading = readJsonBody(req, LIMITS);
    req.end(body);
    expect(await reading).toMatchObject({ ok: false, status: 400 });
  });

  it('gives up on a body that does not arrive (408), and survives the stream failing', async () => {
    const slow = request(json);
    const waiting = readJsonBody(slow, LIMITS);
    slow.write('{');
    expect(await waiting).toMatchObject({ ok: false, status: 408, unread: true });

    const failing = request(json);
    const reading = readJsonBody(failing, LIMITS);
    failing.destroy(new Error('connection reset'));
    expect(await reading).toMatchObject({ ok: false, status: 400 });
  });
});
