// The chart next to the JSON: one self-contained HTML page with inline SVG (no scripts, no downloads):
// throughput and p99 latency over time for each run, and a bar summary.

const COLORS = { raw: '#4e79a7', unmoderated: '#f28e2b', moderated: '#e15759' };

function escapeXml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A line chart of `field` over time, one series per run. */
export function lineChart(runs, field, title, unit, { width = 720, height = 260 } = {}) {
  const pad = { l: 60, r: 120, t: 30, b: 40 };
  // one polyline per slice: slices of the three runs interleave, and a line across another run's slice would lie
  const series = Object.entries(runs).map(([name, r]) => ({ name, points: (r.timeline ?? []).map((p) => [p.t, p[field], p.slice ?? 0]) }));
  const all = series.flatMap((s) => s.points);
  const maxX = Math.max(1, ...all.map((p) => p[0]));
  const maxY = Math.max(1e-9, ...all.map((p) => p[1])) * 1.1;
  const x = (v) => pad.l + (v / maxX) * (width - pad.l - pad.r);
  const y = (v) => height - pad.b - (v / maxY) * (height - pad.t - pad.b);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<text x="${pad.l}" y="18" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    `<line x1="${pad.l}" y1="${height - pad.b}" x2="${width - pad.r}" y2="${height - pad.b}" stroke="#333"/>`,
    `<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${height - pad.b}" stroke="#333"/>`];
  for (let i = 0; i <= 4; i++) {
    const v = (maxY / 4) * i;
    parts.push(`<text x="${pad.l - 6}" y="${y(v) + 4}" font-size="10" text-anchor="end">${v >= 100 ? Math.round(v) : v.toFixed(1)}</text>`,
      `<line x1="${pad.l}" y1="${y(v)}" x2="${width - pad.r}" y2="${y(v)}" stroke="#ddd"/>`);
  }
  for (let i = 0; i <= 5; i++) {
    const v = (maxX / 5) * i;
    parts.push(`<text x="${x(v)}" y="${height - pad.b + 14}" font-size="10" text-anchor="middle">${Math.round(v)}</text>`);
  }
  parts.push(`<text x="${(width - pad.r + pad.l) / 2}" y="${height - 6}" font-size="11" text-anchor="middle">seconds into the run</text>`,
    `<text x="14" y="${(height) / 2}" font-size="11" transform="rotate(-90 14 ${height / 2})" text-anchor="middle">${escapeXml(unit)}</text>`);
  series.forEach((s, i) => {
    const color = COLORS[s.name] ?? '#666';
    const slices = new Map();
    for (const p of s.points) slices.set(p[2], [...(slices.get(p[2]) ?? []), p]);
    for (const points of slices.values())
      parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map(([a, b]) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`).join(' ')}"/>`);
    parts.push(`<rect x="${width - pad.r + 10}" y="${pad.t + i * 18}" width="12" height="12" fill="${color}"/>`,
      `<text x="${width - pad.r + 28}" y="${pad.t + i * 18 + 10}" font-size="11">${escapeXml(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Horizontal bars of one figure per run. */
export function barChart(runs, field, title, { width = 720 } = {}) {
  const names = Object.keys(runs);
  const rowH = 26;
  const height = 40 + names.length * rowH;
  const max = Math.max(1e-9, ...names.map((n) => runs[n][field] ?? 0));
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<text x="10" y="18" font-size="14" font-weight="bold">${escapeXml(title)}</text>`];
  names.forEach((n, i) => {
    const v = runs[n][field] ?? 0;
    const w = (v / max) * (width - 260);
    parts.push(`<text x="110" y="${42 + i * rowH}" font-size="12" text-anchor="end">${escapeXml(n)}</text>`,
      `<rect x="120" y="${30 + i * rowH}" width="${w.toFixed(1)}" height="16" fill="${COLORS[n] ?? '#666'}"/>`,
      `<text x="${126 + w}" y="${42 + i * rowH}" font-size="12">${escapeXml(v)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

export function renderHtml(report) {
  const runs = report.runs;
  const rows = Object.entries(runs).map(([n, r]) =>
    `<tr><td>${escapeXml(n)}</td>${['sent', 'delivered', 'rejected', 'lost', 'msgs_per_s', 'p50_ms', 'p99_ms'].map((k) => `<td>${escapeXml(r[k])}</td>`).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ChatGuard load test</title>
<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}</style></head>
<body>
<h1>ChatGuard load test</h1>
<p>${escapeXml(report.date)} · ${escapeXml(report.machine?.cpus)} · command: <code>${escapeXml(report.command)}</code></p>
<table><tr><th>run</th><th>sent</th><th>delivered</th><th>rejected</th><th>lost</th><th>msgs/s (saturated)</th><th>p50 ms (paced)</th><th>p99 ms (paced)</th></tr>
${rows}
</table>
${barChart(runs, 'msgs_per_s', 'Maximum throughput (messages/s, closed loop)')}
${lineChart(runs, 'msgs_per_s', 'Throughput over time (interleaved slices: saturated, then paced at half of each maximum)', 'messages/s')}
${lineChart(runs, 'p99_ms', 'p99 end-to-end latency per 0.5 s window, at the receiving client', 'ms')}
</body></html>
`;
}
