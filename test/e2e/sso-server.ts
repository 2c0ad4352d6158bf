import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEALTH_TIMEOUT_MS = 60_000;

/** A `carsi serve` on its own SQLite data directory, started with extra environment variables. */
export interface ConfiguredServer {
  /** Where the test talks to the server directly (loopback address). */
  readonly url: string;
  /** The environment it runs with, for `carsi` CLI commands on the same data directory. */
  readonly env: NodeJS.ProcessEnv;
  /** Runs `node bin/carsi.mjs <args>` on the server's data directory; resolves with stdout. */
  cli(args: readonly string[], stdin?: string): Promise<string>;
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago: the server's address must be known before it starts (redirect URI). */
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

/**
 * Starts `carsi serve` on 127.0.0.1:`port` with `extraEnv` (e.g. CARSI_OIDC_*), and waits until
 * /api/health answers. Unlike test/e2e/server.ts it lets the caller configure the server.
 */
export async function startConfiguredServer(
  port: number,
  extraEnv: Readonly<Record<string, string>>,
): Promise<ConfiguredServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'carsi-e2e-sso-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CARSI_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  // Always its own SQLite database, never a configured PostgreSQL.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['bin/carsi.mjs', 'serve'], { cwd: ROOT, env, stdio: 'pipe' });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;

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
  return { url, env, cli: (args, stdin) => runCli(env, args, stdin), stop };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with code ${child.exitCode}:\n${output()}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become healthy within ${HEALTH_TIMEOUT_MS} ms:\n${output()}`);
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
