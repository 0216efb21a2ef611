import { el, clear } from '../elements.js';
import { clockTime, dateTime, untilText } from '../clock.js';
import { number, t } from '../i18n.js';
import { labelName, labelRule, ruleFor } from '../rules.js';

const cell = value => el('td', {}, value ?? '—');
const head = names => el('thead', {}, el('tr', {}, names.map(h => el('th', { scope: 'col' }, h))));

/** Sanctions (S10, S11) as a table; active ones can be lifted with a note (audited by the server). */
export function sanctionTable(container, onLift) {
  return {
    show(items) {
      if (!items?.length) return clear(container, el('div', { class: 'empty' }, t('sanctions.none')));
      clear(container, el('table', {},
        head([t('sanctions.user'), t('field.shop'), t('sanctions.kind'), t('field.reason'), t('sanctions.since'), t('sanctions.ends'), '']),
        el('tbody', {}, items.map(s => el('tr', { dataset: { sanction: s.sanctionId ?? s.id } },
          cell(t(`role.${s.role}`, { id: s.userId })), cell(s.shopId),
          cell(el('span', { class: 'chip kind', dataset: { kind: s.kind } }, t(`sanction.${s.kind}`))),
          cell(s.label ? t('labelWithRule', { label: labelName(s.label), rule: labelRule[s.label] ?? s.label }) : s.reason),
          cell(t('sanctions.by', { when: clockTime(s.createdAt), who: s.createdBy })),
          cell(s.liftedAt ? t('sanctions.lifted', { when: clockTime(s.liftedAt), who: s.liftedBy }) : untilText(s.until)),
          el('td', {}, s.liftedAt ? null
            : el('button', { class: 'btn small', type: 'button', onclick: () => onLift(s) }, t('lift.title'))))))));
    },
  };
}

/** S6: every block a shop made, with its reason, for review. */
export function blockTable(container, onLift) {
  return {
    show(items) {
      if (!items?.length) return clear(container, el('div', { class: 'empty' }, t('blocks.none')));
      clear(container, el('table', {},
        head([t('blocks.buyer'), t('field.shop'), t('blocks.by'), t('field.reason'), t('blocks.note'), t('blocks.when'), '']),
        el('tbody', {}, items.map(b => el('tr', {},
          cell(b.buyerId), cell(b.shopId), cell(b.blockedBy), cell(t(`complaint.${b.reason}`)), cell(b.note), cell(clockTime(b.createdAt)),
          el('td', {}, b.liftedAt ? t('sanctions.lifted', { when: clockTime(b.liftedAt), who: b.liftedBy })
            : el('button', { class: 'btn small', type: 'button', onclick: () => onLift(b) }, t('lift.title'))))))));
    },
  };
}

/** S11: a shop's violation points, by type and one by one with the rule behind each. */
export function violationTable(container) {
  return {
    show(record) {
      if (!record.items.length) return clear(container, el('div', { class: 'empty' }, t('compliance.noViolations')));
      clear(container,
        el('div', { class: 'kv' }, el('span', {}, `${t('compliance.total')} `, el('b', {}, number(record.totalPoints))),
          Object.entries(record.pointsByType).map(([type, points]) => el('span', {}, `${t(`violation.${type}`)} `, el('b', {}, number(points))))),
        el('table', {},
          head([t('compliance.when'), t('compliance.agent'), t('compliance.why'), t('compliance.type'), t('compliance.pointsCol'), t('compliance.decidedBy')]),
          el('tbody', {}, record.items.map(v => el('tr', { dataset: { violation: v.violationId } },
            cell(dateTime(v.createdAt)), cell(v.userId), cell(t('labelWithRule', { label: labelName(v.label), rule: labelRule[v.label] ?? v.label })),
            cell(t(`violation.${v.type}`)), cell(number(v.points)), cell(v.decidedBy))))));
    },
  };
}

/** The rule catalogue in the page's language, each rule with its source clauses. */
export function ruleCatalogue(list) {
  const ids = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S9', 'S10', 'S11'];
  clear(list, ids.map(ruleFor).map(r => el('li', { dataset: { rule: r.id } }, el('span', { class: 'rule-id' }, r.id),
    el('div', {}, el('b', {}, r.title), el('div', {}, r.text), el('div', { class: 'meta' }, t('console.ruleSource', { source: r.source }))))));
}
