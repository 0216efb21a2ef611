// A SignalR connection (the npm @microsoft/signalr browser bundle, loaded as /lib/signalr.min.js) that reports
// its state to a status element and reconnects on its own.
import { t } from './i18n.js';

export function connectHub(path, token, statusNode) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(path, { accessTokenFactory: () => token })
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 30000])
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  const show = state => { if (statusNode) { statusNode.dataset.state = state; statusNode.textContent = t(`status.${state}`); } };
  show('disconnected');
  connection.onreconnecting(() => show('reconnecting'));
  connection.onreconnected(() => show('connected'));
  connection.onclose(() => show('disconnected'));
  return {
    connection,
    async start() {
      show('reconnecting');
      await connection.start();
      show('connected');
      return connection;
    },
  };
}

/** The reason a hub call failed, without SignalR's "An unexpected error occurred invoking…" wrapper. */
export function hubError(error) {
  const text = String(error?.message ?? error);
  const marker = 'HubException: ';
  const i = text.indexOf(marker);
  return i >= 0 ? text.slice(i + marker.length) : text;
}
