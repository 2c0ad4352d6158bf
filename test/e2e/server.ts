import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEALTH_TIMEOUT_MS = 60_000;

export interface TestServer {
  readonly url: string;
  /** The environment it runs with, for `carsi` CLI commands on the same data directory. */
  readonly env: NodeJS.ProcessEnv;
  /** Runs `node bin/carsi.mjs <args>` on the server's data directory; resolves with stdout. */
  cli(args: readonly string[], stdin?: string): Promise<string>;
  /**
   * The one-time first-setup link the server prints on a fresh data directory (it may print it a moment
   * after /api/health first answers).
   * @throws when the server has printed none within a few seconds
   */
  setupUrl(): Promise<string>;
  stop(): Promise<void>;
}

const SETUP_URL_TIMEOUT_MS = 10_000;
const SETUP_URL_PATTERN = /https?:\/\/\S+\/setup#token=[\w-]+/;

/** Fails with instructions when the web app has not been built: the journeys test the built app. */
export function assertWebBuilt(): void {
  const index = path.join(ROOT, 'dist/web/index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`${index} does not exist: build the web app first with \`npm run build\` (vite build).`);
  }
}

/** A TCP port that was free a moment ago (the server cannot report the one it picks for PORT=0). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('the probe socket has no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with code ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become healthy within ${HEALTH_TIMEOUT_MS} ms:\n${output()}`);
}

/**
 * Starts `carsi serve` on a fresh SQLite data directory and waits until /api/health answers 200.
 * `port` fixes the port when its address must be known beforehand (an SSO redirect URI); `env` adds
 * configuration such as CARSI_OIDC_*.
 */
export async function startServer(
  options: { port?: number; env?: Readonly<Record<string, string>> } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'carsi-e2e-'));
  const port = options.port ?? (await findFreePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CARSI_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // Journeys start from an empty portfolio unless they ask for the demo.
    CARSI_DEMO_ON_FIRST_START: 'false',
    ...options.env,
  };
  // The journeys always run on their own SQLite database, never on a configured PostgreSQL.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['bin/carsi.mjs', 'serve'], { cwd: ROOT, env, stdio: 'pipe' });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;

  const setupUrl = async () => {
    const deadline = Date.now() + SETUP_URL_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const match = SETUP_URL_PATTERN.exec(log);
      if (match !== null) {
        return match[0];
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server printed no setup link within ${SETUP_URL_TIMEOUT_MS} ms:\n${log}`);
  };

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killTimer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, env, setupUrl, cli: (args, stdin) => runCli(env, args, stdin), stop };
}

function runCli(env: NodeJS.ProcessEnv, args: readonly string[], stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/carsi.mjs', ...args], { cwd: ROOT, env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`carsi ${args.join(' ')} exited ${code}: ${stderr}`)),
    );
    child.stdin.end(stdin ?? '');
  });
}
