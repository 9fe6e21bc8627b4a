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
    });
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
