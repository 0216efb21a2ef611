// loadtests/connections: how many idle connections one gateway node holds and what each costs in memory
// (anchor: about 30 KB per connection in Centrifugo's million-connection test). Starts the gateway as shipped on
// loopback, opens idle buyer connections in steps, and reads the server's resident memory after each step.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './servers.js';
import { connect } from './scenario.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    steps: { type: 'string', default: '4' },
    out: { type: 'string', default: 'results/connections.json' },
    root: { type: 'string', default: resolve(dirname(new URL(import.meta.url).pathname), '../..') },
    configuration: { type: 'string', default: 'Release' },
    target: { type: 'string', default: 'gateway' },
  },
});
const count = Number(values.count);
const steps = Number(values.steps);
const progress = (line) => process.stderr.write(`${line}\n`);

/** Resident memory of a process in KiB (VmRSS), as the kernel accounts it. */
export function residentKib(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? NaN);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// --target raw measures the bare SignalR relay the same way: what ASP.NET Core SignalR itself costs per connection.
const server = await startServer(values.target === 'raw'
  ? { name: 'connections-raw', dll: `${values.root}/loadtests/RawRelay/bin/${values.configuration}/net10.0/RawRelay.dll` }
  : {
    name: 'connections',
    dll: `${values.root}/gateway/ChatGuard.Gateway/bin/${values.configuration}/net10.0/ChatGuard.Gateway.dll`,
    args: ['--Logging:LogLevel:Default=Warning', '--ChatGuard:Security:HttpRequestsPerMinute=1000000',
      '--ChatGuard:Security:NegotiationsPerMinute=1000000', '--ChatGuard:Security:HubCallsPerMinutePerUser=100000'],
  });
const connections = [];
const samples = [];
let result;
try {
  // One token per user; a buyer widget holds one connection (MaxConnectionsPerUser is not what is measured).
  const tokenFor = async (i) => {
    const res = await fetch(`${server.url}/dev/token`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'scale', userId: `idle${i}`, role: 'buyer' }),
    });
    return (await res.json()).token;
  };
  // Warm the server with a few connections first, so the baseline holds the JIT-ed code and pools.
  for (let i = 0; i < 20; i++) connections.push(await connect(server.url, await tokenFor(i)));
  await sleep(2000);
  const baseline = { connections: connections.length, rss_kib: residentKib(server.pid) };
  samples.push(baseline);
  progress(`baseline: ${baseline.connections} connections, RSS ${(baseline.rss_kib / 1024).toFixed(1)} MiB`);
  const started = Date.now();
  for (let s = 1; s <= steps; s++) {
    const goal = 20 + Math.round((count * s) / steps);
    let next = connections.length;
    await Promise.all(Array.from({ length: 32 }, async () => {
      while (next < goal) {
        const i = next++;
        connections.push(await connect(server.url, await tokenFor(i)));
      }
    }));
    await sleep(3000); // let allocation settle (GC runs on its own; nothing is forced)
    const sample = { connections: connections.length, rss_kib: residentKib(server.pid) };
    samples.push(sample);
    const per = ((sample.rss_kib - baseline.rss_kib) / (sample.connections - baseline.connections)).toFixed(1);
    progress(`step ${s}/${steps}: ${sample.connections} connections, RSS ${(sample.rss_kib / 1024).toFixed(1)} MiB, ${per} KiB per added connection, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const alive = connections.filter((c) => c.state === 'Connected').length;
  const metrics = values.target === 'raw' ? '' : await (await fetch(`${server.url}/metrics`)).text();
  const gauge = Number(metrics.match(/^chatguard_connections\{hub="ChatHub"\} (\d+)/m)?.[1] ?? NaN);
  const last = samples.at(-1);
  const perConnection = (last.rss_kib - baseline.rss_kib) / (last.connections - baseline.connections);
  result = {
    date: new Date().toISOString(),
    command: `loadtests/connections ${process.argv.slice(2).filter((a, i, all) => a !== '--root' && all[i - 1] !== '--root').join(' ')}`,
    target: values.target,
    connections: last.connections,
    alive_at_end: alive,
    server_reports_open: gauge,
    baseline_rss_mib: Math.round(baseline.rss_kib / 102.4) / 10,
    final_rss_mib: Math.round(last.rss_kib / 102.4) / 10,
    kib_per_connection: Math.round(perConnection * 10) / 10,
    centrifugo_anchor_kib: 30,
    samples,
  };
} finally {
  await Promise.all(connections.map((c) => c.stop().catch(() => {})));
  await server.stop();
}
const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
progress(`${result.connections} idle connections held (${result.alive_at_end} alive at the end, server counts ${result.server_reports_open}); ` +
  `${result.kib_per_connection} KiB per connection (Centrifugo anchor: ~30 KB); wrote ${out}`);
process.exit(0);
