import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from './config';
import { DEMO_PARTNERS_FILE, loadPartners, PartnerRegistry } from './http/partners';

describe('configuration', () => {
  it('has defaults for a demo on localhost:8080', () => {
    assert.deepEqual(readConfig([], {}), {
      port: 8080,
      host: '127.0.0.1',
      database: './data/sportello.sqlite',
      partnersFile: DEMO_PARTNERS_FILE,
      logLevel: 'info',
      seed: true,
      rateLimits: true,
      trustProxy: false,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      socketTimeoutMs: 30_000,
      maxConnectionsPerAddress: 100,
    });
  });
  it('reads the connection timeouts and the per-address cap, which is off behind a trusted proxy unless set', () => {
    const env = { HEADERS_TIMEOUT: '2000', REQUEST_TIMEOUT: '4000', KEEP_ALIVE_TIMEOUT: '1000', SOCKET_TIMEOUT: '8000', MAX_CONNECTIONS_PER_ADDRESS: '20' };
    const fromEnv = readConfig([], env);
    assert.ok(fromEnv !== 'help');
    assert.deepEqual(
      [fromEnv.headersTimeoutMs, fromEnv.requestTimeoutMs, fromEnv.keepAliveTimeoutMs, fromEnv.socketTimeoutMs, fromEnv.maxConnectionsPerAddress],
      [2000, 4000, 1000, 8000, 20],
    );
    const flags = readConfig(['--headers-timeout', '500', '--request-timeout', '600', '--keep-alive-timeout', '700', '--socket-timeout', '900', '--max-connections-per-address', '0'], env);
    assert.ok(flags !== 'help');
    assert.deepEqual([flags.headersTimeoutMs, flags.requestTimeoutMs, flags.keepAliveTimeoutMs, flags.socketTimeoutMs, flags.maxConnectionsPerAddress], [500, 600, 700, 900, 0]);
    const proxied = readConfig(['--trust-proxy'], {});
    assert.equal(proxied !== 'help' && proxied.maxConnectionsPerAddress, 0);
    const proxiedCapped = readConfig(['--trust-proxy', '--max-connections-per-address', '500'], {});
    assert.equal(proxiedCapped !== 'help' && proxiedCapped.maxConnectionsPerAddress, 500);
    const longHeaders = readConfig(['--headers-timeout', '60000'], {});
    assert.equal(longHeaders !== 'help' && longHeaders.requestTimeoutMs, 60_000, 'the request timeout follows a longer headers timeout');
  });
  it('refuses timeouts that are not positive whole numbers, or headers allowed longer than the request', () => {
    assert.throws(() => readConfig(['--headers-timeout', '0'], {}), /invalid headers timeout/);
    assert.throws(() => readConfig(['--socket-timeout', '1.5'], {}), /invalid socket timeout/);
    assert.throws(() => readConfig([], { KEEP_ALIVE_TIMEOUT: '5s' }), /invalid keep-alive timeout/);
    assert.throws(() => readConfig([], { MAX_CONNECTIONS_PER_ADDRESS: '-1' }), /invalid connections per address/);
    assert.throws(() => readConfig(['--headers-timeout', '5000', '--request-timeout', '1000'], {}), /longer than the request timeout/);
  });
  it('reads environment variables, and flags win over them', () => {
    const env = { PORT: '9000', HOST: '0.0.0.0', DATABASE: '/var/lib/sportello.db', PARTNERS: '/etc/partners.json', LOG: 'warn', RATE_LIMITS: 'off', STATIC_DIR: 'site' };
    const fromEnv = readConfig([], env);
    assert.equal(fromEnv !== 'help' && fromEnv.port, 9000);
    assert.equal(fromEnv !== 'help' && fromEnv.rateLimits, false);
    assert.equal(fromEnv !== 'help' && fromEnv.staticDir, 'site');
    const flags = readConfig(['--port', '0', '--log', 'debug', '--no-seed', '--mount', '/sportello=dist', '--database', ':memory:', '--static-csp', "default-src 'self'"], env);
    assert.ok(flags !== 'help');
    assert.equal(flags.port, 0);
    assert.equal(flags.logLevel, 'debug');
    assert.equal(flags.seed, false);
    assert.equal(flags.database, ':memory:');
    assert.deepEqual(flags.staticMounts, { '/sportello': 'dist' });
    assert.equal(flags.staticCsp, "default-src 'self'");
  });
  it('refuses a bad port, level or flag', () => {
    assert.throws(() => readConfig(['--port', 'eighty'], {}), /invalid port/);
    assert.throws(() => readConfig([], { LOG: 'loud' }), /invalid log level/);
    assert.throws(() => readConfig(['--colour'], {}));
    assert.equal(readConfig(['--help'], {}), 'help');
  });
});

describe('partners file', () => {
  it('the demo key allows localhost and 127.0.0.1 on any port, and nothing else', () => {
    const registry = new PartnerRegistry(loadPartners(DEMO_PARTNERS_FILE));
    const demo = registry.byKey('pk_demo_torino')!;
    assert.ok(demo);
    for (const origin of ['http://localhost:8080', 'http://localhost', 'http://127.0.0.1:5173', 'https://localhost:8443']) assert.ok(registry.allows(demo, origin), origin);
    for (const origin of ['http://localhost.example.org', 'http://evil.example', 'null', 'http://localhost:8080/path', 'http://127.0.0.2:80']) {
      assert.ok(!registry.allows(demo, origin), origin);
    }
    assert.equal(registry.byKey('pk_unknown'), undefined);
  });
});
