import { el, clear } from '../elements.js';
import { language, number, t } from '../i18n.js';
import { labelName } from '../rules.js';

const svgNs = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}) => {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};
const hour = 3_600_000;
const hourStart = ms => Math.floor(ms / hour) * hour;

/**
 * Stacked bars of flags per label (inline SVG; the numbers come from /api/v1/stats/flags). Up to 48 hours one bar is
 * an hour; longer ranges group hours so about 28 bars stay readable on a phone.
 */
export function flagChart(container, legend, totalNode) {
  let counts = new Map(); // hour start (ms) → Map(label → count)
  let hours = 24;

  function render() {
    const step = hours <= 48 ? 1 : Math.ceil(hours / 28); // hours per bar
    const bars = Math.ceil(hours / step);
    const end = hourStart(Date.now()) + hour;
    const starts = Array.from({ length: bars }, (_, i) => end - (bars - i) * step * hour);
    const barOf = h => Math.floor((h - (end - bars * step * hour)) / (step * hour));
    const grouped = starts.map(() => new Map());
    for (const [h, byLabel] of counts) {
      const i = barOf(h);
      if (i < 0 || i >= bars) continue;
      for (const [label, n] of byLabel) grouped[i].set(label, (grouped[i].get(label) ?? 0) + n);
    }
    const labels = [...new Set(grouped.flatMap(m => [...m.keys()]))].sort();
    const totals = grouped.map(m => [...m.values()].reduce((a, b) => a + b, 0));
    const max = Math.max(2, Math.ceil(Math.max(...totals) / 2) * 2); // even, so the middle grid line is a whole number
    const W = 720, H = 140, left = 28, bottom = 20, top = 8, bw = (W - left) / bars;
    const when = ms => new Date(ms).toLocaleString(language, step < 24 ? { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' } : { month: 'numeric', day: 'numeric' });
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': t('console.chartAria', { hours }) });
    for (let i = 0; i <= 2; i++) {
      const y = top + (H - top - bottom) * (1 - i / 2);
      chart.append(svg('line', { x1: left, x2: W, y1: y, y2: y, class: 'grid' }));
      const label = svg('text', { x: left - 6, y: y + 3, 'text-anchor': 'end', class: 'axis' });
      label.textContent = number(Math.round(max * i / 2));
      chart.append(label);
    }
    const every = Math.ceil(bars / 8);
    starts.forEach((h, i) => {
      let y = H - bottom;
      for (const label of labels) {
        const n = grouped[i].get(label) ?? 0;
        if (!n) continue;
        const height = (H - top - bottom) * n / max;
        y -= height;
        const bar = svg('rect', { x: left + i * bw + 1, y, width: Math.max(1, bw - 2), height, rx: 1.5, 'data-label': label });
        const tip = svg('title');
        tip.textContent = `${when(h)}: ${number(n)} ${labelName(label)}`;
        bar.append(tip);
        chart.append(bar);
      }
      if (i % every === 0) {
        const axis = svg('text', { x: left + i * bw + bw / 2, y: H - 5, 'text-anchor': 'middle', class: 'axis' });
        axis.textContent = step < 24 && hours <= 24 ? new Date(h).toLocaleTimeString(language, { hour: '2-digit' }) : new Date(h).toLocaleDateString(language, { month: 'numeric', day: 'numeric' });
        chart.append(axis);
      }
    });
    clear(container, chart);
    clear(legend, labels.map(l => el('span', { dataset: { label: l } }, labelName(l))));
    totalNode.textContent = t('console.chartTotal', { n: totals.reduce((a, b) => a + b, 0) });
  }

  return {
    /** Replaces the figures with the server's [{hour, label, count}] over the last <hours> hours. */
    load(rows, range) {
      hours = range;
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
