// Images in a chat: uploaded to the conversation (scanned for QR codes before they can be sent, C1) and shown as
// thumbnails. The gateway serves an image only with the bearer token, so a thumbnail is fetched and shown as a
// data: URL (the pages' content-security policy allows data: images, not blob:).
import { el } from './elements.js';
import { t } from './i18n.js';

export const acceptedTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Uploads one image; resolves to the gateway's answer {attachmentId, action, labels, …}. */
export async function uploadImage(token, conversationId, file) {
  // The image itself as the body, with its own content type.
  const response = await fetch(`/api/v1/conversations/${encodeURIComponent(conversationId)}/attachments`, {
    method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': file.type }, body: file,
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const error = new Error(response.status === 413 ? t('image.tooLarge') : problem.detail || t('image.failed'));
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** A thumbnail that loads itself; the image of a blocked or held message shows a note saying so instead. */
export function thumbnail(token, conversationId, attachmentId, messageState) {
  const box = el('span', { class: 'thumb', dataset: { attachment: attachmentId, state: messageState ?? 'loading' } });
  if (messageState === 'blocked' || messageState === 'held') {
    box.append(el('span', { class: 'thumb-note' }, t(messageState === 'blocked' ? 'image.refused' : 'image.held')));
    return box;
  }
  fetch(`/api/v1/conversations/${encodeURIComponent(conversationId)}/attachments/${encodeURIComponent(attachmentId)}`,
    { headers: { Authorization: `Bearer ${token}` } })
    .then(r => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
    .then(blob => new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    }))
    .then(url => { box.dataset.state = 'shown'; box.append(el('img', { src: url, alt: t('image.alt'), loading: 'lazy' })); })
    .catch(() => { box.dataset.state = 'unavailable'; box.append(el('span', { class: 'thumb-note' }, t('image.unavailable'))); });
  return box;
}

/** Calls onFiles with the images pasted into, dropped on, or picked for a composer. */
export function imageInputs({ picker, pasteTarget, dropTarget }, onFiles) {
  const images = list => [...(list ?? [])].filter(f => acceptedTypes.includes(f.type));
  picker.addEventListener('change', () => { const files = images(picker.files); picker.value = ''; if (files.length) onFiles(files); });
  pasteTarget.addEventListener('paste', e => {
    const files = images(e.clipboardData?.files);
    if (files.length) { e.preventDefault(); onFiles(files); }
  });
  dropTarget.addEventListener('dragover', e => { if ([...(e.dataTransfer?.types ?? [])].includes('Files')) { e.preventDefault(); dropTarget.classList.add('dropping'); } });
  dropTarget.addEventListener('dragleave', () => dropTarget.classList.remove('dropping'));
  dropTarget.addEventListener('drop', e => {
    dropTarget.classList.remove('dropping');
    const files = images(e.dataTransfer?.files);
    if (files.length) { e.preventDefault(); onFiles(files); }
  });
}
