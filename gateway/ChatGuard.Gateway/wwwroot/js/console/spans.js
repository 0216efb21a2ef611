import { el } from '../elements.js';
import { labelName, ruleFor } from '../rules.js';

/** The flagged text with each matched span marked (label colour, rule and detail on hover and for screen readers). */
export function highlighted(text, spans) {
  const sorted = [...(spans ?? [])].filter(s => s.length > 0).sort((a, b) => a.start - b.start || b.length - a.length);
  const parts = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.start + span.length, text.length);
    if (end <= start) continue; // overlapped by an earlier span
    if (start > at) parts.push(text.slice(at, start));
    const rule = ruleFor(span.ruleId);
    const title = [labelName(span.label), span.ruleId, span.detail].filter(Boolean).join(' · ');
    parts.push(el('mark', { class: 'span', dataset: { label: span.label }, title },
      text.slice(start, end), el('span', { class: 'visually-hidden' }, ` (${rule?.id ?? span.label})`)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return el('div', { class: 'flag-text' }, parts);
}
