import { el, clear } from '../elements.js';
import { labelNames } from '../rules.js';

const svgNs = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}) => {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};
const hourStart = t => Math.floor(t / 3_600_000) * 3_600_000;

/** Stacked bars of flags per label per hour (inline SVG; the numbers come from /api/v1/stats/flags). */
export function flagChart(container, legend, totalNode, hours = 24) {
  let counts = new Map(); // hour start (ms) → Map(label → count)

  function render() {
    const now = hourStart(Date.now());
    const buckets = Array.from({ length: hours }, (_, i) => now - (hours - 1 - i) * 3_600_000);
    const labels = [...new Set([...counts.values()].flatMap(m => [...m.keys()]))].sort();
    const totals = buckets.map(h => [...(counts.get(h)?.values() ?? [])].reduce((a, b) => a + b, 0));
    const max = Math.max(2, Math.ceil(Math.max(...totals) / 2) * 2); // even, so the middle grid line is a whole number
    const W = 720, H = 120, left = 28, bottom = 20, top = 8, bw = (W - left) / hours;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Flags per hour over the last ${hours} hours` });
    for (let i = 0; i <= 2; i++) {
      const y = top + (H - top - bottom) * (1 - i / 2);
      chart.append(svg('line', { x1: left, x2: W, y1: y, y2: y, class: 'grid' }));
      const t = svg('text', { x: left - 6, y: y + 3, 'text-anchor': 'end', class: 'axis' });
      t.textContent = String(Math.round(max * i / 2));
      chart.append(t);
    }
    buckets.forEach((h, i) => {
      let y = H - bottom;
      for (const label of labels) {
        const n = counts.get(h)?.get(label) ?? 0;
        if (!n) continue;
        const height = (H - top - bottom) * n / max;
        y -= height;
        const bar = svg('rect', { x: left + i * bw + 2, y, width: Math.max(1, bw - 4), height, rx: 1.5, 'data-label': label });
        const tip = svg('title');
        tip.textContent = `${new Date(h).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}: ${n} ${labelNames[label] ?? label}`;
        bar.append(tip);
        chart.append(bar);
      }
      if (i % 3 === 0 || i === hours - 1) {
        const t = svg('text', { x: left + i * bw + bw / 2, y: H - 5, 'text-anchor': 'middle', class: 'axis' });
        t.textContent = new Date(h).toLocaleTimeString([], { hour: '2-digit' });
        chart.append(t);
      }
    });
    clear(container, chart);
    clear(legend, labels.map(l => el('span', { dataset: { label: l } }, labelNames[l] ?? l)));
    const total = totals.reduce((a, b) => a + b, 0);
    totalNode.textContent = `${total} flag${total === 1 ? '' : 's'}`;
  }

  return {
    hours,
    /** Replaces the figures with the server's [{hour, label, count}]. */
    load(rows) {
      counts = new Map();
      for (const row of rows ?? []) {
        const h = hourStart(typeof row.hour === 'number' ? row.hour : Date.parse(row.hour));
        if (!counts.has(h)) counts.set(h, new Map());
        counts.get(h).set(row.label, (counts.get(h).get(row.label) ?? 0) + row.count);
      }
      render();
    },
    /** Counts a flag that just arrived live, until the next load. */
    add(flag) {
      const h = hourStart(Date.parse(flag.createdAt) || Date.now());
      if (!counts.has(h)) counts.set(h, new Map());
      for (const label of flag.labels ?? []) counts.get(h).set(label, (counts.get(h).get(label) ?? 0) + 1);
      render();
    },
  };
}
