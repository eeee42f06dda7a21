import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** An express app on a free port of 127.0.0.1, counting the requests that reach it. */
export interface TestServer {
  base: string;
  hits(): number;
  close(): Promise<void>;
}

export async function serve(app: express.Express): Promise<TestServer> {
  let hits = 0;
  const outer = express();
  outer.use((_req, _res, next) => {
    hits++;
    next();
  });
  outer.use(app);
  const server = http.createServer(outer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
