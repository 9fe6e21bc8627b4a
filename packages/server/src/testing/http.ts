import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { contractProblems, buildRequest, toAnswer, type Answer, type CallOptions } from './harness';

export interface Listening {
  url: string;
  /** Sends a request over HTTP on loopback; the answer is checked against the contract by the caller. */
  call(method: string, path: string, options?: CallOptions): Promise<Answer & { problems: string[] }>;
  close(): Promise<void>;
}

/** Serves an app on a free loopback port (the real Node HTTP stack, keep-alive and all). */
export async function listen(app: Hono<any>): Promise<Listening> {
  const server = await new Promise<ServerType>((ready) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async call(method, path, options = {}) {
      const answer = await toAnswer(await fetch(buildRequest(method, path, options, url)));
      return { ...answer, problems: contractProblems(method, path, answer) };
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
