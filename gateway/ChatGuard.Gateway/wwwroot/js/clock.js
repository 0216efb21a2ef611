// Times as people read them, in the page's language: "3 分钟" / "3 min", local clock times.
import { language, t } from './i18n.js';

export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return t('time.seconds', { s });
  const m = Math.floor(s / 60);
  if (m < 60) return t('time.minutes', { m });
  const h = Math.floor(m / 60);
  if (h < 48) return t('time.hoursMinutes', { h, m: m % 60 });
  return t('time.daysHours', { d: Math.floor(h / 24), h: h % 24 });
}

export function clockTime(iso) {
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? d.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleString(language, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export const dateTime = iso => new Date(iso).toLocaleString(language, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function untilText(iso) {
  return iso ? t('time.until', { when: dateTime(iso) }) : t('time.permanently');
}
