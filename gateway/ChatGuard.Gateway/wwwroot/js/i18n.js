// The pages' language and wording. One message catalogue per language (/i18n/zh-CN.json, /i18n/en.json); dates,
// times and numbers go through Intl in that language. The language is ?lang= (remembered for the browser), else the
// one chosen before, else the browser's: Chinese for a Chinese browser, English otherwise.
export const languages = { 'zh-CN': '中文', en: 'English' };
const storageKey = 'chatguard.lang';
const fallback = 'en';

function supported(tag) {
  if (!tag) return null;
  const lower = String(tag).toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return null;
}

export function pickLanguage() {
  const asked = supported(new URLSearchParams(location.search).get('lang'));
  if (asked) {
    localStorage.setItem(storageKey, asked);
    return asked;
  }
  return supported(localStorage.getItem(storageKey)) ?? navigator.languages.map(supported).find(Boolean) ?? fallback;
}

export let language = fallback;
let catalogue = {};

/** Loads the catalogue of the page's language, sets <html lang> and translates the page's marked elements. */
export async function startI18n() {
  language = pickLanguage();
  const response = await fetch(`/i18n/${language}.json`);
  catalogue = response.ok ? await response.json() : {};
  document.documentElement.lang = language;
  translate(document);
}

/** The text of a key, with {name} placeholders filled from params; the key itself when the catalogue lacks it. */
export function t(key, params = {}) {
  const text = catalogue[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? format(params[name]) : whole));
}

/** Whether the catalogue has a key (optional wording, e.g. a label's name). */
export const has = key => key in catalogue;

const format = value => (typeof value === 'number' ? number(value) : String(value));

const attributes = { i18nPlaceholder: 'placeholder', i18nAriaLabel: 'aria-label', i18nTitle: 'title' };

/** Elements marked data-i18n (text), data-i18n-placeholder, data-i18n-aria-label and data-i18n-title. */
export function translate(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder], [data-i18n-aria-label], [data-i18n-title]'))
    for (const [data, attribute] of Object.entries(attributes)) if (node.dataset[data]) node.setAttribute(attribute, t(node.dataset[data]));
}

export const number = n => new Intl.NumberFormat(language).format(n);
export const percent = ratio => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);

/** The language switch: links to the same page in each other language (the choice is remembered). */
export function languageSwitch(container) {
  for (const [tag, name] of Object.entries(languages)) {
    if (tag === language) continue;
    const url = new URL(location.href);
    url.searchParams.set('lang', tag);
    const link = document.createElement('a');
    link.href = url.pathname + url.search;
    link.lang = tag;
    link.className = 'lang-switch';
    link.textContent = name;
    container.append(link);
  }
}

/** "A, B and C" / "A、B和C" */
export const list = items => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
