// New-message alerts for an agent whose eyes are elsewhere: a short tone (Web Audio, no sound file to fetch), a
// desktop notification once the agent allowed them, and the unread count in the tab's title.
import { t } from '../i18n.js';

export function alerts(button) {
  const baseTitle = document.title;
  let audio = null;

  function showButton() {
    const supported = 'Notification' in window;
    button.hidden = !supported || Notification.permission !== 'default';
  }
  button.addEventListener('click', async () => {
    audio ??= new AudioContext(); // created on a click: browsers only let a page make sound after a gesture
    await Notification.requestPermission();
    showButton();
  });
  showButton();

  function tone() {
    if (!audio || audio.state !== 'running') return;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.08, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.25);
  }

  return {
    /** A buyer wrote: tone, and a notification when the desk is not what the agent looks at. */
    buyerMessage(buyerId, text) {
      tone();
      if (document.visibilityState === 'visible' || !('Notification' in window) || Notification.permission !== 'granted') return;
      new Notification(t('alerts.newMessage', { buyer: buyerId }), { body: text ?? '', tag: `chatguard-${buyerId}` });
    },
    /** The tab's title carries the number of unread buyer messages. */
    unread(count) {
      document.title = count > 0 ? `(${count}) ${baseTitle}` : baseTitle;
    },
  };
}
