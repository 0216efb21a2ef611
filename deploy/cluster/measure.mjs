// deploy/cluster/measure.mjs --url http://127.0.0.1:8080 --label two-nodes [--duration 30] [--out FILE.json]
// Drives a running cluster (deploy/cluster/up.sh) through its load balancer with the load test's own cast and
// scenario (loadtests/driver: closed loop for maximum throughput, then paced at half of it for latency), and
// writes {"runs": {LABEL: R}} in loadtests/run's format, plus what Redis and PostgreSQL carried per message sent
// (their own statistics, read before and after the drive). The cluster must run in Development (/dev/token).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setUp, drive, tearDown } from '../../loadtests/driver/scenario.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:8080' },
    label: { type: 'string', default: 'cluster' },
    duration: { type: 'string', default: '30' },
    out: { type: 'string', default: 'deploy/results/cluster.json' },
    shops: { type: 'string', default: '20' },
    agents: { type: 'string', default: '2' },
    buyers: { type: 'string', default: '8' },
    violating: { type: 'string', default: '0.1' },
  },
});

const redisPort = process.env.REDIS_PORT ?? '6390';
const pgPort = process.env.PG_PORT ?? '5440';

/** Server-side counters: Redis commands by name, PostgreSQL commits and row counts of the chatguard database. */
function serverStats() {
  const redis = {};
  for (const line of execFileSync('redis-cli', ['-p', redisPort, 'info', 'commandstats'], { encoding: 'utf8' }).split('\n')) {
    const m = /^cmdstat_(\w+):calls=(\d+)/.exec(line.trim());
    if (m) redis[m[1]] = Number(m[2]);
  }
  const sql = "select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_returned + tup_fetched from pg_stat_database where datname = 'chatguard'";
  const [commits, inserted, updated, deleted, read] = execFileSync('psql', ['-h', '127.0.0.1', '-p', pgPort, '-U', 'postgres', '-d', 'chatguard', '-At', '-F', ' ', '-c', sql], { encoding: 'utf8' })
    .trim().split(' ').map(Number);
  const seqScans = Number(execFileSync('psql', ['-h', '127.0.0.1', '-p', pgPort, '-U', 'postgres', '-d', 'chatguard', '-At', '-c',
    'select coalesce(sum(seq_scan), 0) from pg_stat_user_tables'], { encoding: 'utf8' }).trim());
  return { redis, pg: { commits, inserted, updated, deleted, read, seq_scans: seqScans } };
}

function perMessage(before, after, messages) {
  const per = (a, b) => Math.round(((a ?? 0) - (b ?? 0)) / messages * 100) / 100;
  const redis = {};
  for (const name of Object.keys(after.redis)) {
    const v = per(after.redis[name], before.redis[name]);
    if (v > 0) redis[name] = v;
  }
  redis.total = per(Object.values(after.redis).reduce((x, y) => x + y, 0), Object.values(before.redis).reduce((x, y) => x + y, 0));
  const pg = {};
  for (const name of Object.keys(after.pg)) pg[name] = per(after.pg[name], before.pg[name]);
  return { redis_commands: redis, postgres: pg };
}

const cast = { shops: Number(values.shops), agents: Number(values.agents), buyers: Number(values.buyers) };
const progress = (line) => process.stderr.write(`${line}\n`);
const people = await setUp(values.url, { ...cast, tenant: `cl-${values.label}-${Date.now()}` });
const before = serverStats();
const run = await drive(values.label, people, { seconds: Number(values.duration), violatingShare: Number(values.violating), onProgress: progress });
const after = serverStats();
await tearDown(people);
// psql's own statistics query and redis-cli's INFO are inside the window too: one each, negligible.
run.per_message_sent = perMessage(before, after, run.sent);

const out = resolve(values.out);
const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { runs: {} };
report.runs[values.label] = run;
report.machine = { cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`, load_average_at_end: loadavg().map((x) => Math.round(x * 100) / 100) };
report.cast = cast;
(report.commands ??= {})[values.label] = `node deploy/cluster/measure.mjs ${process.argv.slice(2).join(' ')}`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
progress(`${values.label}: sent=${run.sent} delivered=${run.delivered} rejected=${run.rejected} lost=${run.lost} ${run.msgs_per_s} msg/s p50=${run.p50_ms}ms p99=${run.p99_ms}ms (paced at ${run.paced.target_msgs_per_s} msg/s); wrote ${out}`);
process.exit(0);
