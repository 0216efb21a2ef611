import * as signalR from '@microsoft/signalr';
import { performance } from 'node:perf_hooks';
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
 * Drives the cast against one server in two phases and returns the run's figures:
 * 1. saturation: every connection sends its next message as soon as the previous one is acknowledged
 *    (closed loop) — the maximum throughput;
 * 2. paced: an open loop at `paceShare` of that maximum — the latency a server shows with head-room.
 */
export async function drive(name, cast, { seconds, paceShare = 0.5, violatingShare = 0.1, seed = 42, onProgress }) {
  const recorder = new Recorder();
  const random = mulberry32(seed);
  let counter = 0;
  const timeline = [];
  for (const c of cast) {
    c.connection.off('message');
    c.connection.on('message', (m) => recorder.onDelivery(m.messageId, c.key, performance.now()));
  }

  function sendOne(sender) {
    const conversation = sender.role === 'buyer'
      ? { conversationId: sender.conversationId, buyer: sender }
      : sender.shop.conversations[Math.floor(random() * sender.shop.conversations.length)];
    const { text } = pickMessage(sender.role, random, violatingShare);
    const clientMessageId = `${name}-${seed}-${counter++}`;
    const recipients = recipientsOf(sender, conversation);
    recorder.onSend();
    const start = performance.now();
    return sender.connection
      .invoke('SendMessage', { conversationId: conversation.conversationId, clientMessageId, text })
      .then((ack) => recorder.onAck(ack.messageId, ack.action, start, recipients), (e) => recorder.onReject(e));
  }

  function tick(phase, t0, lastAck) {
    const w = recorder.takeWindow();
    const acks = recorder.answered;
    const point = { t: round((performance.now() - t0) / 1000, 2), phase, msgs_per_s: (acks - lastAck.n) / ((performance.now() - lastAck.at) / 1000), p50_ms: w.p50_ms, p99_ms: w.p99_ms };
    lastAck.n = acks;
    lastAck.at = performance.now();
    timeline.push({ ...point, msgs_per_s: round(point.msgs_per_s) });
    onProgress?.(`${name.padEnd(12)} ${phase.padEnd(10)} t=${point.t.toFixed(1)}s sent=${recorder.sent} ok=${recorder.acknowledged} rejected=${recorder.rejected} ` +
      `delivered=${recorder.delivered} in-flight=${recorder.outstanding} ${Math.round(point.msgs_per_s)} msg/s p50=${w.p50_ms.toFixed(2)}ms p99=${w.p99_ms.toFixed(2)}ms`);
  }

  const t0 = performance.now();
  const progress = { n: 0, at: t0 };

  // Phase 1: closed loop.
  const saturate = seconds / 2;
  const phase1Start = performance.now();
  let stop = false;
  const ticker1 = setInterval(() => tick('saturate', t0, progress), 500);
  const ackedBefore = recorder.answered;
  await Promise.all(cast.map(async (sender) => {
    while (!stop) {
      await sendOne(sender);
      if (performance.now() - phase1Start >= saturate * 1000) stop = true;
    }
  }));
  clearInterval(ticker1);
  const phase1Seconds = (performance.now() - phase1Start) / 1000;
  const maxRate = (recorder.answered - ackedBefore) / phase1Seconds;
  const saturation = { msgs_per_s: round(maxRate), ...percentiles(recorder) };
  await settle(recorder, 2000);
  recorder.histogram.reset();

  // Phase 2: open loop at a fixed share of the maximum, sends spread evenly over the senders.
  const rate = Math.max(1, maxRate * paceShare);
  const paced = seconds - saturate;
  const phase2Start = performance.now();
  const ticker2 = setInterval(() => tick('paced', t0, progress), 500);
  const inflight = new Set();
  let issued = 0;
  let next = 0;
  await new Promise((resolve) => {
    const pacer = setInterval(() => {
      const elapsed = (performance.now() - phase2Start) / 1000;
      if (elapsed >= paced) {
        clearInterval(pacer);
        resolve();
        return;
      }
      const due = Math.floor(elapsed * rate) - issued;
      for (let i = 0; i < due; i++) {
        const p = sendOne(cast[next++ % cast.length]);
        inflight.add(p);
        p.finally(() => inflight.delete(p));
        issued++;
      }
    }, 2);
  });
  await Promise.all(inflight);
  clearInterval(ticker2);
  const phase2Seconds = (performance.now() - phase2Start) / 1000;
  await settle(recorder, 3000);
  tick('settled', t0, progress);
  const pacedFigures = { target_msgs_per_s: round(rate), msgs_per_s: round(issued / phase2Seconds), ...percentiles(recorder) };
  const totalSeconds = phase1Seconds + phase2Seconds;
  const summary = recorder.summary(totalSeconds);
  return {
    sent: summary.sent,
    delivered: summary.delivered,
    rejected: summary.rejected,
    lost: summary.lost,
    // the contract's figures: throughput at saturation, latency at the paced (half of maximum) load
    msgs_per_s: saturation.msgs_per_s,
    p50_ms: pacedFigures.p50_ms,
    p99_ms: pacedFigures.p99_ms,
    saturation,
    paced: pacedFigures,
    detail: { ...summary, seconds: round(totalSeconds, 2), connections: cast.length },
    timeline,
  };
}

function percentiles(recorder) {
  const h = recorder.histogram;
  return { p50_ms: round(h.getValueAtPercentile(50) / 1000, 3), p99_ms: round(h.getValueAtPercentile(99) / 1000, 3), deliveries: h.totalCount };
}

/** Waits until every acknowledged message reached its recipients, or the grace period ends. */
async function settle(recorder, graceMs) {
  const until = performance.now() + graceMs;
  while (recorder.outstanding > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
}

export async function tearDown(cast) {
  await Promise.all(cast.map((c) => c.connection.stop().catch(() => {})));
}
