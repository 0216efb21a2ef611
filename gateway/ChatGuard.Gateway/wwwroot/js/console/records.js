import { el, clear } from '../elements.js';
import { clockTime, untilText } from '../clock.js';

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
          cell(el('span', { class: 'chip', dataset: { label: s.kind === 'ban' ? 'abuse' : 'off_platform_payment' } }, [s.kind, s.points ? ` · ${s.points} pts` : ''].join(''))),
          cell([s.label, s.reason].filter(Boolean).join(' — ')), cell(clockTime(s.createdAt ?? s.since)),
          cell(s.liftedAt ? `lifted ${clockTime(s.liftedAt)}` : (s.kind === 'mute' || s.kind === 'ban' ? untilText(s.until) : '')),
          el('td', {}, s.liftedAt || s.active === false ? null
            : el('button', { class: 'btn small', type: 'button', onclick: () => onLift(s) }, 'Lift')))))));
    },
  };
}

/** S6: every block a shop made, with its reason, for review. */
export function blockTable(container) {
  return {
    show(items) {
      if (!items?.length) return clear(container, el('div', { class: 'empty' }, 'No buyer has been blocked.'));
      clear(container, el('table', {},
        el('thead', {}, el('tr', {}, ['Buyer', 'Shop', 'By', 'Reason', 'Note', 'When'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, items.map(b => el('tr', {},
          cell(b.buyerId), cell(b.shopId), cell(b.blockedBy ?? b.agentId), cell(b.reason), cell(b.note), cell(clockTime(b.createdAt)))))));
    },
  };
}
