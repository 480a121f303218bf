import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface AppServer {
  url: string;
  /** The environment it runs with (key path included), for a separate worker. */
  env: Record<string, string | undefined>;
  output: () => string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** `npm start` (the built server) with a fresh app key, against `gheHost`; resolves once it listens. */
export async function startAppServer(gheHost: string, env: Record<string, string> = {}): Promise<AppServer> {
  const dir = mkdtempSync(join(tmpdir(), 'indict-app-'));
  const keyPath = join(dir, 'app.pem');
  writeFileSync(keyPath, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const port = await freePort();
  const root = resolve(import.meta.dirname, '../../../..');
  const childEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', LOG_LEVEL: 'info', LOG_FORMAT: 'json',
    APP_ID: '1', PRIVATE_KEY_PATH: keyPath, WEBHOOK_SECRET: 'e2e-secret', GHE_HOST: gheHost, GHE_PROTOCOL: 'http',
    PORT: String(port), HOST: '127.0.0.1', INDICT_CACHE_DIR: join(dir, 'cache'), ...env,
  };
  const child: ChildProcess = spawn('npm', ['start', '--silent'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: childEnv as NodeJS.ProcessEnv });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr?.on('data', (c: Buffer) => { output += c.toString(); });
  const deadline = Date.now() + 20_000;
  const listening = () => fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  while (!(await listening())) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    env: childEnv,
    output: () => output,
    stop: () => new Promise<void>((ok) => {
      if (child.exitCode !== null) return ok();
      child.once('exit', () => ok());
      process.kill(-child.pid!, 'SIGTERM');
    }),
  };
}
