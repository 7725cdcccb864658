import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** How many body bytes had been handed to the socket when the answer's headers arrived. */
  sentWhenAnswered: number;
}

/**
 * A POST written by hand: headers as given (a Content-Length the body may never reach), then `chunks`
 * one after another, then, unless `keepOpen`, the end of the body. Resolves on the answer, even if
 * the server answers before the body is sent; the request is then abandoned.
 */
export function rawPost(
  url: string,
  headers: Record<string, string>,
  chunks: readonly (Buffer | string)[],
  options: { keepOpen?: boolean } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = request(url, { method: 'POST', headers }, (res) => {
      const sentWhenAnswered = sent;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sentWhenAnswered });
      });
      res.on('error', reject);
    });
    // The server may close the connection while the body is still being written: expected here.
    req.on('error', (error) => (sent === 0 ? reject(error) : undefined));
    for (const chunk of chunks) {
      req.write(chunk);
      sent += Buffer.byteLength(chunk);
    }
    if (!options.keepOpen) req.end();
  });
}
