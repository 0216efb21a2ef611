// The rule catalogue (RULES.md) as moderators read it next to a flag: what each clause forbids, and where it
// comes from. Labels map to their content rule.
export const rules = {
  C1: { title: 'Contact diversion', text: 'Third-party information: outside links, bank or payment accounts, QR codes, other IM accounts, e-mail, offline addresses; moving the buyer off the platform.', source: '001 §2.3; 003 §3.4; 004 §2.3' },
  C2: { title: 'Abuse', text: 'Personal attacks, insults, harassment, cursing, threats, wording meant to offend.', source: '000 §3.2; 001 §2.4; 003 §3.3; 004 §2.4–2.5' },
  C3: { title: 'Prohibited content', text: 'Reactionary, pornographic, vulgar or violent content, intimidation, pyramid schemes.', source: '001 §2.5–2.6; 004 §2.7; 003 §3.3' },
  C4: { title: 'Off-platform payment', text: 'Messages that can cause financial loss: deposits, fees, commissions the platform does not allow.', source: '001 §2.8; 000 §3.8' },
  C5: { title: 'Counterfeit', text: 'Wording that states or implies goods are fake.', source: '004 §2.8' },
  C6: { title: 'Impersonation', text: 'A merchant posing as the platform or its staff.', source: '004 §2.9; 003 §2.1' },
  C7: { title: 'Review solicitation', text: 'Rewards for a positive review, dictating a review, asking to delete or change one.', source: '003 §3.6' },
  C8: { title: 'Exaggerated claims', text: 'Promising content a product does not have, or overstating its effect.', source: '000 §2.4(3)' },
  C9: { title: 'Spam', text: 'Malicious promotion, junk messages, repeated adverts the other side did not agree to.', source: '001 §2.7; 003 §3.5; 004 §2.5' },
  C10: { title: 'Attachments', text: 'Malicious files, or file types that are not allowed.', source: '003 §3.5' },
  C11: { title: 'Listing language', text: 'A seller must answer in the language of the product listing.', source: '003 §3.1' },
  S5: { title: 'No unsolicited contact', text: 'Sellers message only buyers who contacted them, only to answer or fulfil the order; no marketing.', source: '003 §3.2' },
  S9: { title: 'Abusive buyers', text: 'Seller reports of harassing, obscene, threatening or malicious buyer messages and adverts.', source: '003 §4.3' },
};

export const labelRule = {
  contact_diversion: 'C1', abuse: 'C2', prohibited: 'C3', off_platform_payment: 'C4', counterfeit: 'C5',
  impersonation: 'C6', review_solicitation: 'C7', exaggerated_claims: 'C8', qr_code: 'C1', spam: 'C9',
};

export const labelNames = {
  contact_diversion: 'Contact diversion', abuse: 'Abuse', prohibited: 'Prohibited', off_platform_payment: 'Off-platform payment',
  counterfeit: 'Counterfeit', impersonation: 'Impersonation', review_solicitation: 'Review solicitation',
  exaggerated_claims: 'Exaggerated claims', qr_code: 'QR code', spam: 'Spam',
};

/** The rule a span or rule id names: "C1", "C1.links" and the like all lead to C1. */
export function ruleFor(id) {
  const key = String(id ?? '').match(/^[CS]\d+/)?.[0];
  return key ? { id: key, ...rules[key] } : null;
}
