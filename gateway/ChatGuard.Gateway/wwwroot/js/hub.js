// A SignalR connection (the npm @microsoft/signalr browser bundle, loaded as /lib/signalr.min.js) that reports
// its state to a status element and reconnects on its own.
export function connectHub(path, token, statusNode) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(path, { accessTokenFactory: () => token })
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 30000])
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  const show = (state, text) => { if (statusNode) { statusNode.dataset.state = state; statusNode.textContent = text; } };
  connection.onreconnecting(() => show('reconnecting', 'Reconnecting…'));
  connection.onreconnected(() => show('connected', 'Live'));
  connection.onclose(() => show('disconnected', 'Offline'));
  return {
    connection,
    async start() {
      show('reconnecting', 'Connecting…');
      await connection.start();
      show('connected', 'Live');
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
