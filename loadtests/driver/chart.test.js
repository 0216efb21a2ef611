import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtml, lineChart } from './chart.js';

const run = (rate) => ({ sent: 10, delivered: 9, rejected: 1, lost: 0, msgs_per_s: rate, p50_ms: 1, p99_ms: 3,
  timeline: [{ t: 0.5, phase: 'saturate', msgs_per_s: rate, p99_ms: 3 }, { t: 1, phase: 'paced', msgs_per_s: rate / 2, p99_ms: 1 }] });

test('the page has one svg per chart and a row per run, with text escaped', () => {
  const html = renderHtml({ date: 'd', machine: { cpus: '2 x cpu' }, command: 'run <x>', runs: { raw: run(100), moderated: run(90) } });
  assert.equal((html.match(/<svg /g) ?? []).length, 3);
  assert.match(html, /<td>raw<\/td>/);
  assert.match(html, /run &lt;x&gt;/);
});

test('a line chart draws one polyline per run that has points', () => {
  const svg = lineChart({ raw: run(100), unmoderated: { timeline: [] } }, 'msgs_per_s', 't', 'u');
  assert.equal((svg.match(/<polyline/g) ?? []).length, 1);
});
