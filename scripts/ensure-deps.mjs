// Runs before `npm start` and `npm test`, so each works on a fresh clone with one command:
// installs the locked dependencies when node_modules is missing or older than the lockfile and,
// with --browser, Debian's Chromium for the browser tests when it is not on the machine.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => {
  console.error(`> ${command}`);
  execSync(command, { stdio: 'inherit' });
};

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) {
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser') && !existsSync('/usr/bin/chromium')) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = root ? 'apt-get' : 'sudo apt-get';
  try {
    run(`${apt} update -qq`);
    run(`DEBIAN_FRONTEND=noninteractive ${apt} install -y -qq chromium`);
  } catch {
    console.error('Could not install Chromium (Debian package "chromium"); the browser tests need /usr/bin/chromium.');
    process.exit(1);
  }
}
