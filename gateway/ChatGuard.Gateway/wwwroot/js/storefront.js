// The demo storefront's buyer sign-in (Development): a /dev/token buyer token handed to the widget, as a real
// shop site would hand its signed-in buyer's token through data-token-url.
import { language, languageSwitch, startI18n } from './i18n.js';
import { devSignIn, takeToken } from './session.js';

await startI18n();
for (const node of document.querySelectorAll('.lang')) languageSwitch(node);
document.getElementById('price').textContent = new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY' }).format(199);

const page = 'widget';
const form = document.getElementById('demo-signin');
const error = form.querySelector('.error');

async function connect(token) {
  form.querySelector('button').disabled = true;
  await window.ChatGuardWidget.connect(token);
  window.ChatGuardWidget.open();
}

const saved = takeToken(page);
if (saved) connect(saved).catch(e => { error.textContent = e.message; });
form.addEventListener('submit', async event => {
  event.preventDefault();
  error.textContent = '';
  const identity = Object.fromEntries(new FormData(form));
  try {
    await connect(await devSignIn(page, { ...identity, role: 'buyer' }));
  } catch (e) {
    error.textContent = e.message;
  }
});
