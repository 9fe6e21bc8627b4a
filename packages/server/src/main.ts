/**
 * Runs the reference server: `node --import tsx packages/server/src/main.ts [--port 8080] ...`
 * (see `--help`). Applies migrations, seeds the demo data into a new database, prints the URL and
 * stops cleanly on SIGINT (Ctrl-C) or SIGTERM.
 */
import { readConfig, USAGE } from './config';
import { startServer } from './server';

let config;
try {
  config = readConfig(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (config === 'help') {
  console.log(USAGE);
  process.exit(0);
}

if (config.migrateOnly) {
  const { openStore } = await import('./server');
  const { store, migrations, database } = await openStore(config);
  await store.close();
  console.log(`migrations applied to ${database}: ${migrations.length ? migrations.join(', ') : 'none pending'}`);
  process.exit(0);
}

const running = await startServer(config);

let stoppingSince = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Ctrl-C under a parent script (npm start) arrives twice at once, from the terminal and from the
    // parent: only a second Ctrl-C a moment later means "stop now".
    if (stoppingSince) {
      if (Date.now() - stoppingSince > 1000) process.exit(1);
      return;
    }
    stoppingSince = Date.now();
    running.logger.info('stopping', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

// Printed once the signal handlers are in place: whoever reads the URL may stop us at once.
running.logger.info('listening', { url: running.url });
console.log(`Sportello API: ${running.url}/v1  (status: ${running.url}/v1/status)`);
if (config.staticDir) console.log(`Demo site:     ${running.url}/`);
if (config.identity?.devIdp) console.log(`Dev sign-in:   POST ${running.url}/dev-idp/token {"operator":"administrator"}  (development only)`);
