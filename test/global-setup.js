// Probes the optional services once for the whole run, so suites can decide synchronously which
// back-ends to run against. CI sets RELAIS_REQUIRE_SERVICES=1: then a missing service fails the
// run instead of silently skipping its tests.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

function reachable(port, host = '127.0.0.1', timeout = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeout, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

module.exports = async function globalSetup() {
  const pg = await reachable(5432);
  const redis = await reachable(6379);
  process.env.RELAIS_TEST_PG = pg ? '1' : '';
  process.env.RELAIS_TEST_REDIS = redis ? '1' : '';
  const chromium = fs.existsSync('/usr/bin/chromium');
  process.env.RELAIS_TEST_CHROMIUM = chromium ? '1' : '';
  // The pages under test are the bundles `npm run build` makes: build them once for the run.
  execFileSync(process.execPath, ['--import', 'tsx', 'web-widget/cli/build.ts'], { cwd: path.join(__dirname, '..'), stdio: ['ignore', 'ignore', 'inherit'] });
  if (process.env.RELAIS_REQUIRE_SERVICES === '1') {
    const missing = [
      !pg && 'PostgreSQL (127.0.0.1:5432)',
      !redis && 'Redis (127.0.0.1:6379)',
      !chromium && 'Chromium (/usr/bin/chromium)',
    ].filter(Boolean);
    if (missing.length) throw new Error(`test services required but unreachable: ${missing.join(', ')}`);
  }
};
