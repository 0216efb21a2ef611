import * as hdr from 'hdr-histogram-js';

/**
 * Book-keeping of one run: which acknowledged messages reached which recipients, measured at the receiving
 * client. A message acknowledged as deliverable that some expected recipient never receives, or receives
 * twice, is lost.
 */
export class Recorder {
  constructor() {
    this.sent = 0;
    this.acknowledged = 0;
    this.rejected = 0;
    this.refused = 0;
    this.errors = new Map();
    this.delivered = 0;
    this.duplicates = 0;
    this.unacknowledgedDeliveries = 0;
    this.pending = new Map(); // messageId -> { start, expected: Set<recipient>, got: Set<recipient> }
    this.early = new Map(); // messageId -> [{ recipient, at }] that arrived before the sender's ack
    this.done = new Set();
    this.histogram = Recorder.newHistogram();
    this.windowHistogram = Recorder.newHistogram();
  }

  static newHistogram() {
    // microseconds, 1 µs .. 60 s, 3 significant digits (HdrHistogram)
    return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  }

  onSend() {
    this.sent++;
  }

  /** The sender's ack: deliverable actions wait for their recipients, the rest count as rejected (blocked, held). */
  onAck(messageId, action, start, expectedRecipients) {
    this.acknowledged++;
    if (action !== 'allow' && action !== 'mask') {
      this.rejected++;
      return;
    }
    const entry = { start, expected: new Set(expectedRecipients), got: new Set() };
    this.pending.set(messageId, entry);
    const early = this.early.get(messageId);
    if (early) {
      this.early.delete(messageId);
      for (const { recipient, at } of early) this.#arrive(messageId, entry, recipient, at);
    }
  }

  /** A send the server refused with an error (muted, rate limited, ...): rejected, named by its message. */
  onReject(error) {
    this.rejected++;
    this.refused++;
    const key = String(error?.message ?? error).replace(/[0-9a-f]{16,}/g, '…').slice(0, 120);
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }

  onDelivery(messageId, recipient, at) {
    const entry = this.pending.get(messageId);
    if (entry) return this.#arrive(messageId, entry, recipient, at);
    if (this.done.has(messageId)) {
      this.duplicates++;
      return;
    }
    const list = this.early.get(messageId) ?? [];
    list.push({ recipient, at });
    this.early.set(messageId, list);
  }

  #arrive(messageId, entry, recipient, at) {
    if (entry.got.has(recipient) || !entry.expected.has(recipient)) {
      this.duplicates++;
      return;
    }
    entry.got.add(recipient);
    const micros = Math.max(1, Math.round((at - entry.start) * 1000));
    this.histogram.recordValue(micros);
    this.windowHistogram.recordValue(micros);
    if (entry.got.size === entry.expected.size) {
      this.delivered++;
      this.pending.delete(messageId);
      this.done.add(messageId);
    }
  }

  /** Latency percentiles of the deliveries since the last call (for the progress line and the chart). */
  takeWindow() {
    const h = this.windowHistogram;
    const result = { count: h.totalCount, p50_ms: h.getValueAtPercentile(50) / 1000, p99_ms: h.getValueAtPercentile(99) / 1000 };
    h.reset();
    return result;
  }

  /** Sends the server has answered, with an ack or an error. */
  get answered() {
    return this.acknowledged + this.refused;
  }

  /** Messages acknowledged as deliverable and not yet at all of their recipients. */
  get outstanding() {
    return this.pending.size;
  }

  summary(seconds) {
    const missing = this.pending.size;
    this.unacknowledgedDeliveries = [...this.early.values()].reduce((n, l) => n + l.length, 0);
    const h = this.histogram;
    return {
      sent: this.sent,
      delivered: this.delivered,
      rejected: this.rejected,
      lost: missing + this.duplicates,
      msgs_per_s: round(this.answered / seconds),
      delivered_per_s: round(this.delivered / seconds),
      p50_ms: round(h.getValueAtPercentile(50) / 1000, 3),
      p99_ms: round(h.getValueAtPercentile(99) / 1000, 3),
      p999_ms: round(h.getValueAtPercentile(99.9) / 1000, 3),
      max_ms: round(h.maxValue / 1000, 3),
      deliveries: h.totalCount,
      missing,
      duplicates: this.duplicates,
      unacknowledged_deliveries: this.unacknowledgedDeliveries,
      errors: Object.fromEntries(this.errors),
    };
  }
}

export function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
