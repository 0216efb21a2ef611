// deploy/cluster/measure.mjs --cluster NAME=LB_PORT:REDIS_PORT:PG_PORT [--cluster ...] [--duration 60] [--out FILE.json]
// Drives running clusters (deploy/cluster/up.sh) through their load balancers with the load test's own cast and
// Target (loadtests/driver/scenario.js): a warm-up, then closed-loop slices (maximum throughput) and paced slices
// at half of it (latency), interleaved across the clusters in rotating order so background load on a shared
// machine falls on all of them alike. Writes {"runs": {NAME: R}} in loadtests/run's format, plus what each
// cluster's Redis and PostgreSQL carried per message sent (their own statistics, before and after).
// The clusters must run in Development (/dev/token).
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setUp, Target, tearDown } from '../../loadtests/driver/scenario.js';

const { values } = parseArgs({
  options: {
    cluster: { type: 'string', multiple: true, default: ['cluster=8080:6390:5440'] },
    duration: { type: 'string', default: '60' },
    out: { type: 'string', default: 'deploy/results/cluster.json' },
    shops: { type: 'string', default: '20' },
    agents: { type: 'string', default: '2' },
    buyers: { type: 'string', default: '8' },
    violating: { type: 'string', default: '0.1' },
  },
});

const clusters = values.cluster.map((spec) => {
  const [name, ports] = spec.split('=');
  const [lb, redis, pg] = ports.split(':');
  return { name, url: `http://127.0.0.1:${lb}`, redisPort: redis, pgPort: pg };
});
const seconds = Number(values.duration);
const cast = { shops: Number(values.shops), agents: Number(values.agents), buyers: Number(values.buyers) };
const progress = (line) => process.stderr.write(`${line}\n`);

/** Server-side counters: Redis commands by name; PostgreSQL commits, rows and sequential scans of the chatguard database. */
function serverStats({ redisPort, pgPort }) {
  const redis = {};
  for (const line of execFileSync('redis-cli', ['-p', redisPort, 'info', 'commandstats'], { encoding: 'utf8' }).split('\n')) {
    const m = /^cmdstat_(\w+):calls=(\d+)/.exec(line.trim());
    if (m) redis[m[1]] = Number(m[2]);
  }
  const psql = (sql) => execFileSync('psql', ['-h', '127.0.0.1', '-p', pgPort, '-U', 'postgres', '-d', 'chatguard', '-At', '-F', ' ', '-c', sql], { encoding: 'utf8' })
    .trim().split(' ').map(Number);
  const [commits, inserted, updated, read] = psql("select xact_commit, tup_inserted, tup_updated, tup_returned + tup_fetched from pg_stat_database where datname = 'chatguard'");
  const [seqScans] = psql('select coalesce(sum(seq_scan), 0) from pg_stat_user_tables');
  return { redis, pg: { commits, inserted, updated, read, seq_scans: seqScans } };
}

function perMessage(before, after, messages) {
  const per = (a, b) => Math.round(((a ?? 0) - (b ?? 0)) / Math.max(1, messages) * 100) / 100;
  const sum = (o) => Object.values(o).reduce((x, y) => x + y, 0);
  const redis = {};
  for (const name of Object.keys(after.redis)) {
    const v = per(after.redis[name], before.redis[name]);
    if (v > 0) redis[name] = v;
  }
  redis.total = per(sum(after.redis), sum(before.redis));
  const pg = {};
  for (const name of Object.keys(after.pg)) pg[name] = per(after.pg[name], before.pg[name]);
  return { redis_commands: redis, postgres: pg };
}

const t0 = performance.now();
const targets = [];
let stats;
try {
  for (const c of clusters) {
    progress(`${c.name}: ${c.url}, connecting ${cast.shops * (cast.agents + cast.buyers)} clients`);
    const people = await setUp(c.url, { ...cast, tenant: `cl-${c.name}-${Date.now()}` });
    targets.push(new Target(c.name, people, { violatingShare: Number(values.violating), onProgress: progress, t0 }));
  }
  for (const t of targets) await t.saturate(Math.min(5, Math.max(1, seconds / 5)), { record: false }); // warm-up
  const before = clusters.map(serverStats);
  const sentBefore = targets.map((t) => t.recorder.sent);
  const rounds = Math.max(1, Math.min(6, Math.floor(seconds / 8)));
  const slice = seconds / 2 / rounds;
  const rotate = (r) => targets.map((_, i) => targets[(i + r) % targets.length]);
  for (let r = 0; r < rounds; r++) for (const t of rotate(r)) await t.saturate(slice);
  for (let r = 0; r < rounds; r++) for (const t of rotate(r)) await t.pace(Math.max(1, t.maxRate * 0.5), slice);
  stats = clusters.map((c, i) => ({ before: before[i], after: serverStats(c), sent: targets[i].recorder.sent - sentBefore[i] }));
} finally {
  await Promise.all(targets.map((t) => tearDown(t.cast)));
}

const runs = {};
targets.forEach((t, i) => {
  const r = t.result();
  // Sent after the warm-up (the statistics window); the psql and redis-cli reads themselves are negligible.
  r.per_message_sent = perMessage(stats[i].before, stats[i].after, stats[i].sent);
  runs[t.name] = r;
});
const report = {
  runs,
  date: new Date().toISOString(),
  command: `node deploy/cluster/measure.mjs ${process.argv.slice(2).join(' ')}`,
  machine: { cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`, load_average_at_end: loadavg().map((x) => Math.round(x * 100) / 100) },
  cast,
  notes: 'Each cluster (deploy/cluster/up.sh) has its own Redis, PostgreSQL and nginx; all share this machine. Slices interleaved after a warm-up as in loadtests/run. lost = acknowledged as deliverable but missing at a recipient, or delivered twice.',
};
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
for (const [n, r] of Object.entries(runs))
  progress(`${n.padEnd(10)} sent=${r.sent} delivered=${r.delivered} rejected=${r.rejected} lost=${r.lost} ${r.msgs_per_s} msg/s p50=${r.p50_ms}ms p99=${r.p99_ms}ms (paced at ${r.paced.target_msgs_per_s} msg/s)`);
progress(`wrote ${out}`);
process.exit(0);
