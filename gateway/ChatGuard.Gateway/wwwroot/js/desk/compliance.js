// The shop's compliance at a glance: its S2/S4 assessment for the current period with pass or fail per the shop's
// profile, and its S11 violation points with the reason each was given.
import { el, clear } from '../elements.js';
import { percent, number, t } from '../i18n.js';
import { dateTime, duration } from '../clock.js';
import { labelName, labelRule } from '../rules.js';

const verdict = pass => pass == null
  ? el('span', { class: 'state', dataset: { state: 'none' } }, t('compliance.notAssessed'))
  : el('span', { class: 'state', dataset: { state: pass ? 'pass' : 'fail' } }, t(pass ? 'compliance.pass' : 'compliance.fail'));

export function compliance(http, shopId, nodes) {
  function showAssessment(a) {
    nodes.period.textContent = `${dateTime(a.from)} – ${dateTime(a.to)} · ${a.profile}`;
    const rows = [
      [t('compliance.replyRate', { minutes: a.replyTargetMinutes }),
        a.replyRate == null ? '—' : `${percent(a.replyRate)} (${number(a.repliedWithinTarget)} / ${number(a.buyerMessages)})`,
        a.replyRateTarget == null ? '—' : percent(a.replyRateTarget), verdict(a.assessed ? a.replyRatePass : null)],
      [t('compliance.firstReply'), a.averageFirstReplySeconds == null ? '—' : duration(a.averageFirstReplySeconds), '—', verdict(null)],
      [t('compliance.satisfaction', { month: a.satisfaction.month }),
        a.satisfaction.rate == null ? '—' : percent(a.satisfaction.rate), a.satisfaction.target == null ? '—' : percent(a.satisfaction.target),
        verdict(a.satisfaction.pass)],
    ];
    clear(nodes.assessment,
      a.assessed ? null : el('p', { class: 'meta' }, t('compliance.tooFew', { min: a.minBuyerMessages })),
      a.complete ? null : el('p', { class: 'meta' }, t('compliance.incomplete')),
      el('table', { class: 'figures' },
        el('thead', {}, el('tr', {}, [t('compliance.figure'), t('compliance.value'), t('compliance.target'), t('compliance.result')].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c)))))));
  }

  function showViolations(v) {
    nodes.total.textContent = t('compliance.points', { n: v.totalPoints });
    if (!v.items.length) return clear(nodes.violations, el('div', { class: 'empty' }, t('compliance.noViolations')));
    clear(nodes.violations,
      el('div', { class: 'kv' }, Object.entries(v.pointsByType).map(([type, points]) => el('span', {}, `${t(`violation.${type}`)} `, el('b', {}, number(points))))),
      el('table', {},
        el('thead', {}, el('tr', {}, [t('compliance.when'), t('compliance.agent'), t('compliance.why'), t('compliance.type'), t('compliance.pointsCol')].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, v.items.map(i => el('tr', { dataset: { violation: i.violationId } },
          el('td', {}, dateTime(i.createdAt)), el('td', {}, i.userId),
          el('td', {}, t('compliance.reason', { label: t('labelWithRule', { label: labelName(i.label), rule: labelRule[i.label] ?? i.label }), why: t(`reason.${i.label}`) })),
          el('td', {}, t(`violation.${i.type}`)), el('td', {}, number(i.points)))))));
  }

  /** The current S2 period, "YYYY-MM-1" (1st–15th) or "YYYY-MM-2", on the platforms' clock (China Standard Time). */
  function currentPeriod() {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date()).map(p => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${Number(parts.day) <= 15 ? 1 : 2}`;
  }

  return {
    async load() {
      const shop = encodeURIComponent(shopId);
      const [assessment, violations] = await Promise.allSettled([
        http.get(`/api/v1/shops/${shop}/assessment?period=${currentPeriod()}`), http.get(`/api/v1/shops/${shop}/violations`)]);
      if (assessment.status === 'fulfilled') showAssessment(assessment.value);
      else clear(nodes.assessment, el('div', { class: 'empty' }, assessment.reason.message));
      if (violations.status === 'fulfilled') showViolations(violations.value);
      else clear(nodes.violations, el('div', { class: 'empty' }, violations.reason.message));
      nodes.assessment.dataset.loaded = 'true';
    },
  };
}
