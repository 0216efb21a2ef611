// The start page: the three pages, in the visitor's language.
import { languageSwitch, startI18n } from './i18n.js';

await startI18n();
for (const node of document.querySelectorAll('.lang')) languageSwitch(node);
