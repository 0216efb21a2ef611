import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A free TCP port on loopback (every server of the load test listens on 127.0.0.1 only). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts `dotnet DLL` on its own loopback port and temp data folder, waits for /healthz and returns
 * { url, pid, dataDir, stop() }. Its output goes to a log file in the data folder.
 */
export async function startServer({ name, dll, args = [], env = {}, timeoutMs = 60_000 }) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `chatguard-${name}-`));
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(join(dataDir, 'server.log'), 'a');
  // The content root is the app's own folder, as in a deployment: with the temp data folder inside it, every write
  // to the SQLite WAL would wake the host's appsettings watcher (it watches the content root recursively).
  const contentRoot = dirname(dll);
  const child = spawn('dotnet', [dll, '--urls', url, '--environment', 'Development', '--contentRoot', contentRoot, ...args], {
    cwd: dataDir,
    env: { ...process.env, ...env }, // the runtime's defaults as shipped (server GC for ASP.NET Core)
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  let exited = null;
  child.once('exit', (code, signal) => { exited = { code, signal }; });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`${name} exited (${JSON.stringify(exited)}) before it was healthy; see ${join(dataDir, 'server.log')}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not become healthy within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    url,
    pid: child.pid,
    dataDir,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await new Promise((r) => (exited ? r() : child.once('exit', r)));
        clearTimeout(killer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
