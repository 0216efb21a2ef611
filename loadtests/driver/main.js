// loadtests/run: starts the floor (RawRelay), the gateway with scanning off and the gateway as shipped, one at a
// time, each on its own loopback port with its own temp data folder; drives the same cast and message mix against
// each; writes DESIGN.md's JSON ({"runs": {"raw", "unmoderated", "moderated"}}) and an HTML chart next to it.
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, release, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './servers.js';
import { performance } from 'node:perf_hooks';
import { setUp, Target, tearDown } from './scenario.js';
import { renderHtml } from './chart.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    out: { type: 'string', default: 'results/latest.json' },
    shops: { type: 'string', default: '20' },
    agents: { type: 'string', default: '2' },
    buyers: { type: 'string', default: '8' },
    violating: { type: 'string', default: '0.1' },
    only: { type: 'string' },
    root: { type: 'string', default: resolve(dirname(new URL(import.meta.url).pathname), '../..') },
    configuration: { type: 'string', default: 'Release' },
    // Another build of the gateway (its ChatGuard.Gateway.dll), driven as 'baseline' with moderation on beside this
    // one: a before/after comparison measured in the same run.
    baseline: { type: 'string' },
  },
});

const seconds = Number(values.duration);
if (!(seconds > 0)) throw new Error('--duration SECONDS must be a positive number');
const root = values.root;
const bin = (project, dll) => `${root}/${project}/bin/${values.configuration}/net10.0/${dll}`;
const gatewayDll = bin('gateway/ChatGuard.Gateway', 'ChatGuard.Gateway.dll');
// Both gateway runs log at Warning so the console is not what is measured, and lift the per-user message
// buckets (each simulated user sends far faster than a person; the check itself still runs on every send);
// everything else is as shipped.
const gatewayArgs = [
  '--Logging:LogLevel:Default=Warning',
  '--ChatGuard:Security:MessagesPerMinutePerUser=100000',
  '--ChatGuard:Security:MessagesPerMinutePerConnection=100000',
  '--ChatGuard:Security:HttpRequestsPerMinute=1000000',
  '--ChatGuard:Security:HubCallsPerMinutePerUser=100000',
  '--ChatGuard:Security:NegotiationsPerMinute=100000',
];
const targets = {
  raw: { dll: bin('loadtests/RawRelay', 'RawRelay.dll'), args: [] },
  unmoderated: { dll: gatewayDll, args: [...gatewayArgs, '--ChatGuard:Moderation:Enabled=false'] },
  moderated: { dll: gatewayDll, args: gatewayArgs },
};
if (values.baseline) targets.baseline = { dll: resolve(process.env.INIT_CWD ?? process.cwd(), values.baseline), args: gatewayArgs };
const names = values.only ? values.only.split(',') : Object.keys(targets);
const cast = { shops: Number(values.shops), agents: Number(values.agents), buyers: Number(values.buyers) };

const progress = (line) => process.stderr.write(`${line}\n`);
// All servers run side by side (idle ones cost next to nothing) and are driven in turn, slice by slice, in a
// rotating order: on a shared machine, background load then falls on all three alike instead of on whichever ran last.
const servers = [];
const targets_ = [];
const t0 = performance.now();
try {
  for (const name of names) {
    const server = await startServer({ name, ...targets[name] });
    servers.push(server);
    progress(`${name}: ${server.url} (pid ${server.pid}), connecting ${cast.shops * (cast.agents + cast.buyers)} clients`);
    const people = await setUp(server.url, { ...cast, tenant: `lt-${name}` });
    targets_.push(new Target(name, people, { violatingShare: Number(values.violating), onProgress: progress, t0, pid: server.pid }));
  }
  const rounds = Math.max(1, Math.min(6, Math.floor(seconds / 8)));
  const slice = seconds / 2 / rounds;
  const rotate = (r) => targets_.map((_, i) => targets_[(i + r) % targets_.length]);
  // Warm-up, forgotten: tiered JIT keeps recompiling hot methods for the first ~30 s of load (a profile 20 s in still
  // spends 11 % of the moderated gateway's CPU in the JIT, none at 50 s), and the moderated gateway has the most code
  // to compile, so a short warm-up measures the JIT rather than the server.
  for (const t of targets_) await t.saturate(Math.min(30, Math.max(1, seconds / 2)), { record: false });
  for (let r = 0; r < rounds; r++) for (const t of rotate(r)) await t.saturate(slice);
  for (let r = 0; r < rounds; r++) for (const t of rotate(r)) await t.pace(Math.max(1, t.maxRate * 0.5), slice);
} finally {
  await Promise.all(targets_.map((t) => tearDown(t.cast)));
  await Promise.all(servers.map((s) => s.stop()));
}
const runs = Object.fromEntries(targets_.map((t) => [t.name, t.result()]));

const report = {
  runs,
  date: new Date().toISOString(),
  command: `loadtests/run ${process.argv.slice(2).filter((a, i, all) => a !== '--root' && all[i - 1] !== '--root').join(' ')}`,
  machine: { cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`, memory_gb: Math.round(totalmem() / 2 ** 30), kernel: release(), node: process.version, load_average_at_end: loadavg().map((x) => Math.round(x * 100) / 100) },
  cast,
  notes: 'The servers run side by side and are driven in interleaved slices (rotating order) after a warm-up. msgs_per_s: sends answered per second in a closed loop (saturation); p50_ms/p99_ms: end-to-end at the receiving client while paced at half of that maximum. lost = acknowledged as deliverable but missing at a recipient, or delivered twice. rejected = blocked or held by moderation, or refused with an error.',
};
if (runs.moderated && runs.unmoderated) report.moderated_vs_unmoderated = Math.round((runs.moderated.msgs_per_s / runs.unmoderated.msgs_per_s) * 1000) / 1000;
if (runs.moderated && runs.baseline) report.moderated_vs_baseline = Math.round((runs.moderated.msgs_per_s / runs.baseline.msgs_per_s) * 1000) / 1000;
if (runs.moderated && runs.raw) report.moderated_vs_raw = Math.round((runs.moderated.msgs_per_s / runs.raw.msgs_per_s) * 1000) / 1000;

const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
const html = out.replace(/\.json$/, '') + '.html';
writeFileSync(html, renderHtml(report));
for (const [n, r] of Object.entries(runs))
  progress(`${n.padEnd(12)} sent=${r.sent} delivered=${r.delivered} rejected=${r.rejected} lost=${r.lost} ${r.msgs_per_s} msg/s p50=${r.p50_ms}ms p99=${r.p99_ms}ms (at ${r.paced.target_msgs_per_s} msg/s) server CPU ${r.saturation.server_cpu_ms_per_msg} ms/msg`);
if (report.moderated_vs_unmoderated !== undefined) progress(`moderated/unmoderated throughput: ${report.moderated_vs_unmoderated}`);
if (report.moderated_vs_baseline !== undefined) progress(`moderated/baseline throughput: ${report.moderated_vs_baseline}`);
if (report.moderated_vs_raw !== undefined) progress(`moderated/raw throughput: ${report.moderated_vs_raw}`);
progress(`wrote ${out} and ${html}`);
process.exit(0);
