import * as signalR from '@microsoft/signalr';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { Recorder, round } from './recorder.js';
import { mulberry32, pickMessage } from './messages.js';

/** A bearer token for one identity from the server's Development-only /dev/token. */
async function token(url, identity) {
  const res = await fetch(`${url}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(identity),
  });
  if (!res.ok) throw new Error(`/dev/token ${res.status}: ${await res.text()}`);
  return (await res.json()).token;
}

/** A SignalR connection over WebSockets (no negotiate round trip), as the storefront widget makes. */
export async function connect(url, accessToken) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`${url}/hubs/chat`, {
      accessTokenFactory: () => accessToken,
      skipNegotiation: true,
      transport: signalR.HttpTransportType.WebSockets,
    })
    .configureLogging(signalR.LogLevel.None)
    .build();
  connection.serverTimeoutInMilliseconds = 120_000;
  await connection.start();
  return connection;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function inBatches(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }));
  return results;
}

/**
 * Connects the cast: `shops` shops, each with `agents` agents and `buyers` buyers; every buyer has one open
 * conversation with its shop. Returns the senders, each knowing who should receive what it sends.
 */
export async function setUp(url, { shops, agents, buyers, tenant }) {
  const people = [];
  for (let s = 0; s < shops; s++) {
    const shopId = `shop${s}`;
    for (let a = 0; a < agents; a++) people.push({ tenant, shopId, userId: `s${s}a${a}`, role: 'agent' });
    for (let b = 0; b < buyers; b++) people.push({ tenant, shopId, userId: `s${s}b${b}`, role: 'buyer' });
  }
  const connected = await inBatches(people, 20, async (p) => {
    const identity = p.role === 'buyer' ? { tenant: p.tenant, userId: p.userId, role: 'buyer' } : { ...p };
    const connection = await connect(url, await token(url, identity));
    await connection.invoke('WhoAmI'); // answered after OnConnected: the shop group is joined
    return { ...p, connection, key: `${p.role}:${p.userId}` };
  });
  const byShop = new Map();
  for (const c of connected) {
    const shop = byShop.get(c.shopId) ?? { agents: [], buyers: [], conversations: [] };
    (c.role === 'agent' ? shop.agents : shop.buyers).push(c);
    byShop.set(c.shopId, shop);
  }
  await inBatches(connected.filter((c) => c.role === 'buyer'), 20, async (b) => {
    const { conversationId } = await b.connection.invoke('StartConversation', b.shopId);
    b.conversationId = conversationId;
    byShop.get(b.shopId).conversations.push({ conversationId, buyer: b });
  });
  for (const c of connected) c.shop = byShop.get(c.shopId);
  return connected;
}

/** Who receives a message: the shop's agents; for staff messages, the buyer too. */
function recipientsOf(sender, conversation) {
  const keys = sender.shop.agents.map((a) => a.key);
  if (sender.role !== 'buyer') keys.push(conversation.buyer.key);
  return keys;
}

/**
 * One server under load: its cast, its book-keeping, and the two kinds of slices the run is made of —
 * saturation (closed loop: every connection sends its next message as soon as the previous one is answered,
 * which measures the maximum throughput) and paced (an open loop at a fixed rate, the latency a server shows
 * with head-room). Slices of the three servers are interleaved, so a noisy neighbour on a shared machine hits
 * all of them alike.
 */
export class Target {
  constructor(name, cast, { violatingShare = 0.1, seed = 42, onProgress, t0 = performance.now(), pid } = {}) {
    this.name = name;
    this.pid = pid;
    this.cpu = { server_ms: 0, driver_ms: 0 };
    this.cast = cast;
    this.violatingShare = violatingShare;
    this.random = mulberry32(seed);
    this.seed = seed;
    this.counter = 0;
    this.onProgress = onProgress;
    this.t0 = t0;
    this.recorder = new Recorder();
    this.saturationHistogram = Recorder.newHistogram();
    this.pacedHistogram = Recorder.newHistogram();
    this.saturation = { answered: 0, seconds: 0 };
    this.paced = { issued: 0, seconds: 0, rate: 0 };
    this.timeline = [];
    this.slice = 0;
    for (const c of cast) {
      c.connection.off('message');
      c.connection.on('message', (m) => this.recorder.onDelivery(m.messageId, c.key, performance.now()));
    }
  }

  get maxRate() {
    return this.saturation.seconds > 0 ? this.saturation.answered / this.saturation.seconds : 0;
  }

  sendOne(sender) {
    const conversation = sender.role === 'buyer'
      ? { conversationId: sender.conversationId, buyer: sender }
      : sender.shop.conversations[Math.floor(this.random() * sender.shop.conversations.length)];
    const { text } = pickMessage(sender.role, this.random, this.violatingShare);
    const clientMessageId = `${this.name}-${this.seed}-${this.counter++}`;
    const recipients = recipientsOf(sender, conversation);
    const recorder = this.recorder;
    recorder.onSend();
    const start = performance.now();
    return sender.connection
      .invoke('SendMessage', { conversationId: conversation.conversationId, clientMessageId, text })
      .then((ack) => recorder.onAck(ack.messageId, ack.action, start, recipients), (e) => recorder.onReject(e));
  }

  /** Closed loop for `seconds`; `record` false for the warm-up (JIT, pools), which is then forgotten. */
  async saturate(seconds, { record = true } = {}) {
    this.recorder.histogram = record ? this.saturationHistogram : Recorder.newHistogram();
    const before = this.recorder.answered;
    const cpuBefore = { server: serverCpuMs(this.pid), driver: driverCpuMs() };
    const start = performance.now();
    let stop = false;
    const ticker = this.#ticker(record ? 'saturate' : 'warm-up');
    await Promise.all(this.cast.map(async (sender) => {
      while (!stop) {
        await this.sendOne(sender);
        if (performance.now() - start >= seconds * 1000) stop = true;
      }
    }));
    const elapsed = (performance.now() - start) / 1000;
    const cpuAfter = { server: serverCpuMs(this.pid), driver: driverCpuMs() };
    clearInterval(ticker);
    await this.settle(2000);
    if (record) {
      this.cpu.server_ms += cpuAfter.server - cpuBefore.server;
      this.cpu.driver_ms += cpuAfter.driver - cpuBefore.driver;
      this.saturation.answered += this.recorder.answered - before;
      this.saturation.seconds += elapsed;
    }
  }

  /**
   * Open loop at `rate` messages/s for `seconds`, sends spread evenly over the senders. The first `leadIn` seconds
   * at that rate are not recorded: the server was idle while the other servers' slices ran (its thread pool shrank),
   * and the latency of interest is the steady state at that load, not the ramp from idle.
   */
  async pace(rate, seconds, { leadIn = 1 } = {}) {
    this.paced.rate = rate;
    if (leadIn > 0) {
      this.recorder.histogram = Recorder.newHistogram();
      await this.#open(rate, leadIn, 'lead-in');
    }
    this.recorder.histogram = this.pacedHistogram;
    this.paced.issued += await this.#open(rate, seconds, 'paced', (elapsed) => { this.paced.seconds += elapsed; });
    await this.settle(3000);
  }

  async #open(rate, seconds, phase, onElapsed) {
    const start = performance.now();
    const inflight = new Set();
    let issued = 0;
    let next = 0;
    const ticker = this.#ticker(phase);
    await new Promise((resolve) => {
      const pacer = setInterval(() => {
        const elapsed = (performance.now() - start) / 1000;
        if (elapsed >= seconds) {
          clearInterval(pacer);
          resolve();
          return;
        }
        const due = Math.floor(elapsed * rate) - issued;
        for (let i = 0; i < due; i++) {
          const p = this.sendOne(this.cast[next++ % this.cast.length]);
          inflight.add(p);
          p.finally(() => inflight.delete(p));
          issued++;
        }
      }, 2);
    });
    await Promise.all(inflight);
    onElapsed?.((performance.now() - start) / 1000);
    clearInterval(ticker);
    return issued;
  }

  /** Waits until every acknowledged message reached its recipients, or the grace period ends. */
  async settle(graceMs) {
    const until = performance.now() + graceMs;
    while (this.recorder.outstanding > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  }

  #ticker(phase) {
    const slice = this.slice++;
    const last = { n: this.recorder.answered, at: performance.now() };
    return setInterval(() => {
      const w = this.recorder.takeWindow();
      const now = performance.now();
      const rate = (this.recorder.answered - last.n) / ((now - last.at) / 1000);
      last.n = this.recorder.answered;
      last.at = now;
      const t = (now - this.t0) / 1000;
      if (phase !== 'warm-up' && phase !== 'lead-in') this.timeline.push({ t: round(t, 2), phase, slice, msgs_per_s: round(rate), p50_ms: w.p50_ms, p99_ms: w.p99_ms });
      this.onProgress?.(`${this.name.padEnd(12)} ${phase.padEnd(9)} t=${t.toFixed(1)}s sent=${this.recorder.sent} rejected=${this.recorder.rejected} ` +
        `delivered=${this.recorder.delivered} in-flight=${this.recorder.outstanding} ${Math.round(rate)} msg/s p50=${w.p50_ms.toFixed(2)}ms p99=${w.p99_ms.toFixed(2)}ms`);
    }, 500);
  }

  /** DESIGN.md's figures for this server, and the detail behind them. */
  result() {
    const summary = this.recorder.summary(this.saturation.seconds + this.paced.seconds);
    const pct = (h) => ({ p50_ms: round(h.getValueAtPercentile(50) / 1000, 3), p99_ms: round(h.getValueAtPercentile(99) / 1000, 3), deliveries: h.totalCount });
    const paced = { target_msgs_per_s: round(this.paced.rate), msgs_per_s: round(this.paced.issued / Math.max(1e-9, this.paced.seconds)), ...pct(this.pacedHistogram) };
    return {
      sent: summary.sent,
      delivered: summary.delivered,
      rejected: summary.rejected,
      lost: summary.lost,
      // the contract's figures: throughput at saturation, latency while paced at half of it
      msgs_per_s: round(this.maxRate),
      p50_ms: paced.p50_ms,
      p99_ms: paced.p99_ms,
      saturation: {
        msgs_per_s: round(this.maxRate), seconds: round(this.saturation.seconds, 2), ...pct(this.saturationHistogram),
        // CPU per answered send while saturated: unlike throughput, hardly moved by other work on a shared machine.
        server_cpu_ms_per_msg: this.pid ? round(this.cpu.server_ms / Math.max(1, this.saturation.answered), 4) : null,
        driver_cpu_ms_per_msg: round(this.cpu.driver_ms / Math.max(1, this.saturation.answered), 4),
      },
      paced,
      detail: {
        answered_per_s: summary.msgs_per_s, missing: summary.missing, duplicates: summary.duplicates, deliveries: summary.deliveries,
        unacknowledged_deliveries: summary.unacknowledged_deliveries, errors: summary.errors, connections: this.cast.length,
      },
      timeline: this.timeline,
    };
  }
}

const clockTicksPerMs = 100 / 1000; // USER_HZ is 100 on Linux

/** CPU time (user + system) the server process has used so far, from /proc; null where there is no /proc. */
function serverCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicksPerMs;
  } catch {
    return 0;
  }
}

function driverCpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export async function tearDown(cast) {
  await Promise.all(cast.map((c) => c.connection.stop().catch(() => {})));
}
