/**
 * Stalled and greedy connections against the real Node server on 127.0.0.1: short timeouts set in
 * each test, outcomes asserted (closed or open, status), with generous bounds for a loaded machine.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import { DEMO_PARTNERS_FILE } from './http/partners';
import { startServer, type RunningServer, type ServerConfig } from './server';

/** Far beyond any timeout under test: an outcome not reached by then is a failure, not a wait. */
const BOUND_MS = 15_000;

const running: RunningServer[] = [];
const sockets: Socket[] = [];
// Whatever a test left behind, so the run ends even when a server keeps a socket open.
after(async () => {
  for (const socket of sockets) socket.destroy();
  for (const s of running) (s.server as { closeAllConnections?: () => void }).closeAllConnections?.();
  await Promise.all(running.map((s) => s.close()));
});

async function start(config: Partial<ServerConfig>): Promise<RunningServer> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    database: ':memory:',
    partnersFile: DEMO_PARTNERS_FILE,
    logLevel: 'silent',
    seed: false,
    rateLimits: true,
    trustProxy: false,
    ...config,
  });
  running.push(server);
  return server;
}

/** A raw client socket that records what it receives and when it is closed. */
interface Client {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
  isClosed: () => boolean;
}

async function open(port: number, localAddress?: string): Promise<Client> {
  const socket = connect({ port, host: '127.0.0.1', ...(localAddress ? { localAddress } : {}) });
  sockets.push(socket);
  let data = '';
  let done = false;
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (data += chunk));
  socket.on('error', () => {}); // a reset is one way of being closed
  const closed = new Promise<void>((resolve) => socket.once('close', () => ((done = true), resolve())));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('close', () => reject(new Error('closed before connecting')));
  });
  return { socket, received: () => data, closed, isClosed: () => done };
}

/** Resolves true when `p` settles within `ms`, false otherwise. */
function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout;
  return Promise.race([p.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]).finally(() => clearTimeout(timer));
}

/** Sends `GET /v1/status` on a kept-alive raw socket; resolves with the answer's status. */
async function statusOn(client: Client): Promise<number> {
  const start = client.received().length;
  client.socket.write('GET /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  const answer = new Promise<number>((resolve, reject) => {
    const check = () => {
      const text = client.received().slice(start);
      const head = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(text);
      if (head >= 0 && length && Buffer.byteLength(text.slice(head + 4)) >= Number(length[1])) {
        client.socket.off('data', check);
        resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)![1]));
      }
    };
    client.socket.on('data', check);
    void client.closed.then(() => reject(new Error('closed before answering')));
  });
  assert.ok(await within(answer, BOUND_MS), 'answered in time');
  return answer;
}

describe('stalled connections', () => {
  it('closes a client that sends half a header line and stalls, once the headers timeout passes', { timeout: 30_000 }, async () => {
    // Idle and request timeouts far longer than the bound: only the headers timeout can close it.
    const server = await start({ headersTimeoutMs: 500, requestTimeoutMs: 60_000, socketTimeoutMs: 60_000, keepAliveTimeoutMs: 60_000 });
    const slow = await open(server.port);
    slow.socket.write('GET /v1/status HTTP/1.1\r\nHost: 127.0');
    assert.ok(await within(slow.closed, BOUND_MS), 'the stalled socket is closed');
    assert.doesNotMatch(slow.received(), /^HTTP\/1\.1 200/, 'it was never answered as a request');
  });

  it('closes a client that trickles a header a byte at a time (no idle gap to catch)', { timeout: 30_000 }, async () => {
    const server = await start({ headersTimeoutMs: 500, requestTimeoutMs: 60_000, socketTimeoutMs: 60_000, keepAliveTimeoutMs: 60_000 });
    const slow = await open(server.port);
    slow.socket.write('GET /v1/status HTTP/1.1\r\nX-Slow: ');
    const drip = setInterval(() => !slow.isClosed() && slow.socket.write('a'), 100);
    try {
      assert.ok(await within(slow.closed, BOUND_MS), 'the trickling socket is closed');
    } finally {
      clearInterval(drip);
    }
  });

  it('closes an idle keep-alive connection after the keep-alive timeout, having answered on it', { timeout: 30_000 }, async () => {
    const server = await start({ headersTimeoutMs: 20_000, requestTimeoutMs: 60_000, socketTimeoutMs: 60_000, keepAliveTimeoutMs: 500 });
    const client = await open(server.port);
    assert.equal(await statusOn(client), 200);
    assert.ok(await within(client.closed, BOUND_MS), 'the idle connection is closed');
  });

  it('closes a silent socket after the socket timeout', { timeout: 30_000 }, async () => {
    const server = await start({ headersTimeoutMs: 20_000, requestTimeoutMs: 60_000, socketTimeoutMs: 500, keepAliveTimeoutMs: 60_000 });
    const client = await open(server.port);
    assert.ok(await within(client.closed, BOUND_MS), 'the silent socket is closed');
  });
});

describe('connections per address', () => {
  it('closes the connection past the cap at once, keeps the first ones open and serving', { timeout: 60_000 }, async () => {
    const cap = 3;
    const server = await start({ maxConnectionsPerAddress: cap, keepAliveTimeoutMs: 60_000, socketTimeoutMs: 60_000 });
    const first: Client[] = [];
    for (let i = 0; i < cap; i++) {
      const client = await open(server.port);
      // Answered: the server has counted it.
      assert.equal(await statusOn(client), 200);
      first.push(client);
    }
    const extra = await open(server.port).catch(() => undefined); // may be reset before `connect`
    if (extra) {
      assert.ok(await within(extra.closed, BOUND_MS), 'the extra socket is closed without sending anything');
      assert.equal(extra.received(), '', 'and gets no answer');
    }
    // The first ones are still open and still serve, meanwhile.
    for (const client of first) {
      assert.equal(client.isClosed(), false);
      assert.equal(await statusOn(client), 200);
    }
    // Another address is not affected (all of 127/8 is loopback on Linux).
    const other = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port: server.port, path: '/v1/status', localAddress: '127.0.0.2', agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
        .on('error', reject)
        .end();
    });
    assert.equal(other, 200);
    // Closing one frees its place.
    first[0]!.socket.end();
    await first[0]!.closed;
    let again: Client | undefined;
    for (let tries = 0; tries < 50 && !again; tries++) {
      // The server may see the close a moment after the client: retry a few times, briefly.
      const client = await open(server.port).catch(() => undefined);
      if (client && (await within(client.closed, 100)) === false) again = client;
    }
    assert.ok(again, 'a new connection is accepted once one has closed');
    assert.equal(await statusOn(again), 200);
    for (const client of [...first, again]) client.socket.destroy();
  });

  it('has no cap behind a trusted proxy unless one is set', { timeout: 30_000 }, async () => {
    const server = await start({ trustProxy: true, keepAliveTimeoutMs: 60_000, socketTimeoutMs: 60_000 });
    const clients: Client[] = [];
    for (let i = 0; i < 120; i++) clients.push(await open(server.port));
    assert.equal(await statusOn(clients.at(-1)!), 200);
    assert.ok(clients.every((c) => !c.isClosed()), 'all 120 sockets from one address (the proxy) stay open');
    for (const client of clients) client.socket.destroy();
  });
});
