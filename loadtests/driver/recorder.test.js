import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Recorder } from './recorder.js';

test('a message delivered to every expected recipient is delivered, with latency at the receiver', () => {
  const r = new Recorder();
  r.onSend();
  r.onAck('m1', 'allow', 100, ['a', 'b']);
  r.onDelivery('m1', 'a', 102);
  r.onDelivery('m1', 'b', 105);
  const s = r.summary(1);
  assert.equal(s.delivered, 1);
  assert.equal(s.lost, 0);
  assert.equal(s.deliveries, 2);
  assert.ok(Math.abs(s.p99_ms - 5) < 0.01, `p99 ${s.p99_ms}`);
});

test('a delivery that arrives before the ack is matched once the ack comes', () => {
  const r = new Recorder();
  r.onSend();
  r.onDelivery('m1', 'a', 103);
  r.onAck('m1', 'mask', 100, ['a']);
  const s = r.summary(1);
  assert.equal(s.delivered, 1);
  assert.equal(s.lost, 0);
  assert.equal(s.unacknowledged_deliveries, 0);
});

test('acknowledged but missing at a recipient, or delivered twice, counts as lost', () => {
  const r = new Recorder();
  r.onSend();
  r.onAck('m1', 'allow', 0, ['a', 'b']);
  r.onDelivery('m1', 'a', 1);
  r.onSend();
  r.onAck('m2', 'allow', 0, ['a']);
  r.onDelivery('m2', 'a', 1);
  r.onDelivery('m2', 'a', 2);
  const s = r.summary(1);
  assert.equal(s.delivered, 1);
  assert.equal(s.missing, 1);
  assert.equal(s.duplicates, 1);
  assert.equal(s.lost, 2);
});

test('blocked and held messages and refused sends are rejected, not lost', () => {
  const r = new Recorder();
  r.onSend();
  r.onAck('m1', 'block', 0, ['a']);
  r.onSend();
  r.onAck('m2', 'review', 0, ['a']);
  r.onSend();
  r.onReject(new Error('you are muted until 2026-11-23'));
  const s = r.summary(1);
  assert.equal(s.rejected, 3);
  assert.equal(s.lost, 0);
  assert.deepEqual(Object.keys(s.errors), ['you are muted until 2026-11-23']);
});

test('the message mix varies around its templates and keeps about the asked share of violations', async () => {
  const { pickMessage, mulberry32 } = await import('./messages.js');
  const random = mulberry32(7);
  const picks = Array.from({ length: 2000 }, () => pickMessage('buyer', random, 0.1));
  const share = picks.filter((p) => p.violating).length / picks.length;
  assert.ok(share > 0.07 && share < 0.13, `violating share ${share}`);
  assert.ok(new Set(picks.map((p) => p.text)).size > 200);
});
