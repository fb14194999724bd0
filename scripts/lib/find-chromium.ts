import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const isDebian = () => existsSync('/etc/debian_version') || /debian|ubuntu/i.test(safeRead('/etc/os-release'));
const safeRead = (p: string) => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
};

/**
 * Finds a Chrome or Chromium for the browser tests: CHROME_PATH, then Debian's
 * chromium, then Google Chrome. On Debian as root it installs Debian's package;
 * otherwise it fails naming the command to run. Never downloads a browser build.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (isDebian() && process.getuid?.() === 0) {
    process.stdout.write('Browser tests: installing Debian chromium (apt-get install -y chromium)…\n');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'Browser tests need Chrome or Chromium and none was found. Run: sudo apt-get install -y chromium ' +
      '(or set CHROME_PATH to a Chrome/Chromium executable).',
  );
}
