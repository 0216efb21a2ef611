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

test('a line chart draws one polyline per slice of each run, none for a run without points', () => {
  const sliced = { timeline: [{ t: 1, slice: 0, msgs_per_s: 5 }, { t: 2, slice: 0, msgs_per_s: 6 }, { t: 9, slice: 3, msgs_per_s: 7 }] };
  const svg = lineChart({ raw: sliced, unmoderated: { timeline: [] } }, 'msgs_per_s', 't', 'u');
  assert.equal((svg.match(/<polyline/g) ?? []).length, 2);
});
