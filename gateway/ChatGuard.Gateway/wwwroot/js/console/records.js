import { el, clear } from '../elements.js';
import { clockTime, untilText } from '../clock.js';
import { labelNames } from '../rules.js';

const cell = value => el('td', {}, value ?? '—');

/** Sanctions (S10, S11) as a table; active ones can be lifted with a note (audited by the server). */
export function sanctionTable(container, onLift) {
  return {
    show(items) {
      if (!items?.length) return clear(container, el('div', { class: 'empty' }, 'No sanctions.'));
      clear(container, el('table', {},
        el('thead', {}, el('tr', {}, ['User', 'Shop', 'Sanction', 'Reason', 'Since', 'Ends', ''].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, items.map(s => el('tr', { dataset: { sanction: s.sanctionId ?? s.id } },
          cell(`${s.role ?? ''} ${s.userId}`.trim()), cell(s.shopId),
          cell(el('span', { class: 'chip kind', dataset: { kind: s.kind } }, s.kind)),
          cell([labelNames[s.label] ?? s.label, s.reason].filter(Boolean).join(' — ')), cell(`${clockTime(s.createdAt)} by ${s.createdBy}`),
          cell(s.liftedAt ? `lifted ${clockTime(s.liftedAt)} by ${s.liftedBy}` : untilText(s.until)),
          el('td', {}, s.liftedAt ? null
            : el('button', { class: 'btn small', type: 'button', onclick: () => onLift(s) }, 'Lift')))))));
    },
  };
}

/** S6: every block a shop made, with its reason, for review. */
export function blockTable(container, onLift) {
  return {
    show(items) {
      if (!items?.length) return clear(container, el('div', { class: 'empty' }, 'No buyer has been blocked.'));
      clear(container, el('table', {},
        el('thead', {}, el('tr', {}, ['Buyer', 'Shop', 'By', 'Reason', 'Note', 'When', ''].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, items.map(b => el('tr', {},
          cell(b.buyerId), cell(b.shopId), cell(b.blockedBy), cell(b.reason), cell(b.note), cell(clockTime(b.createdAt)),
          el('td', {}, b.liftedAt ? `lifted ${clockTime(b.liftedAt)} by ${b.liftedBy}`
            : el('button', { class: 'btn small', type: 'button', onclick: () => onLift(b) }, 'Lift')))))));
    },
  };
}
