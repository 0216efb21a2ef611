// A client message id per send, so a retried send is stored once (see the README's service contract). getRandomValues works outside
// secure contexts too, unlike randomUUID.
export function newClientMessageId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return 'web-' + Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
