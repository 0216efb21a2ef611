// The rule catalogue as moderators read it next to a flag: what each rule forbids (in the page's language, from the
// catalogue's rule.* entries) and the platform clauses it comes from (docs/rules.md lists the source documents).
import { t } from './i18n.js';

const sources = {
  C1: '001 §2.3; 003 §3.4; 004 §2.3', C2: '000 §3.2, §2.4(4); 001 §2.4; 003 §3.3; 004 §2.4–2.5', C3: '001 §2.5–2.6; 004 §2.7; 003 §3.3',
  C4: '001 §2.8; 000 §3.8', C5: '004 §2.8', C6: '004 §2.9; 003 §2.1', C7: '003 §3.6', C8: '000 §2.4(3)', C9: '001 §2.7; 003 §3.5; 004 §2.5',
  C10: '003 §3.5', C11: '003 §3.1', S1: '001 §2.1', S2: '001; 003 §3.2; 004 §3.1.1', S3: '003 §4.1–4.2', S4: '004 §3.1.2', S5: '003 §3.2',
  S6: '001 §2.9; 000 §2.4(4)', S9: '003 §4.3', S10: '001 sanctions 2.1–2.2', S11: '001 sanctions 1; 004 §4',
};

export const labels = ['contact_diversion', 'abuse', 'prohibited', 'off_platform_payment', 'counterfeit', 'impersonation',
  'review_solicitation', 'exaggerated_claims', 'qr_code', 'spam'];

export const labelRule = {
  contact_diversion: 'C1', abuse: 'C2', prohibited: 'C3', off_platform_payment: 'C4', counterfeit: 'C5',
  impersonation: 'C6', review_solicitation: 'C7', exaggerated_claims: 'C8', qr_code: 'C1', spam: 'C9',
};

export const labelName = label => t(`label.${label}`);

/** The rule a span or rule id names: "C1", "C1.links" and the like all lead to C1. */
export function ruleFor(id) {
  const key = String(id ?? '').match(/^[CS]\d+/)?.[0];
  return key && sources[key] ? { id: key, title: t(`rule.${key}.title`), text: t(`rule.${key}.text`), source: sources[key] } : null;
}
