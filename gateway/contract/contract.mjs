// The service contract of DESIGN.md, driven from outside with the official JavaScript SignalR client.
// Usage: node contract.mjs BASE_URL            — chat, delivery, isolation, validation, history
//        node contract.mjs BASE_URL send FILE  — sends messages, writing each acknowledged id to FILE (for kill -9)
//        node contract.mjs BASE_URL verify FILE — checks every acknowledged id is in the history
import * as signalR from "@microsoft/signalr";
import { appendFileSync, readFileSync } from "node:fs";
import assert from "node:assert/strict";

const [base, mode = "contract", file] = process.argv.slice(2);
const tenant = mode === "contract" ? `js${Date.now()}` : "jsdurable";

async function token(body) {
  const response = await fetch(new URL("/dev/token", base), {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, `dev token: ${response.status}`);
  return (await response.json()).token;
}

async function connect(body, hub = "/hubs/chat") {
  const t = await token(body);
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(new URL(hub, base).toString(), { accessTokenFactory: () => t })
    .configureLogging(signalR.LogLevel.None)
    .build();
  const events = { message: [], flag: [] };
  for (const name of Object.keys(events)) connection.on(name, e => events[name].push(e));
  await connection.start();
  await connection.invoke("WhoAmI");
  return { connection, events, token: t };
}

const until = async (predicate, what, ms = 5000) => {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 20));
  }
};

async function history(t, conversationId) {
  const response = await fetch(new URL(`/api/v1/conversations/${conversationId}/messages`, base), { headers: { authorization: `Bearer ${t}` } });
  return { status: response.status, body: response.status === 200 ? await response.json() : null };
}

if (mode === "send") {
  const buyer = await connect({ tenant, userId: "buyer1", role: "buyer" });
  const { conversationId } = await buyer.connection.invoke("StartConversation", "shop1");
  appendFileSync(file, JSON.stringify({ conversationId, token: buyer.token }) + "\n");
  for (let i = 0; ; i++) {
    const ack = await buyer.connection.invoke("SendMessage", { conversationId, clientMessageId: `js-${i}`, text: `第 ${i} 条` });
    appendFileSync(file, ack.messageId + "\n");
  }
} else if (mode === "verify") {
  const [header, ...acked] = readFileSync(file, "utf8").trim().split("\n");
  const { conversationId, token: t } = JSON.parse(header);
  const { status, body } = await history(t, conversationId);
  assert.equal(status, 200);
  const stored = new Set(body.map(m => m.messageId));
  const missing = acked.filter(id => !stored.has(id));
  assert.deepEqual(missing, [], `acknowledged but not stored: ${missing.join(",")}`);
  console.log(`verified ${acked.length} acknowledged messages, last ${acked.at(-1)}`);
} else {
  const health = await fetch(new URL("/healthz", base));
  assert.equal(health.status, 200);
  assert.equal((await fetch(new URL("/readyz", base))).status, 200);

  const buyer = await connect({ tenant, userId: "buyer1", role: "buyer" });
  const agent = await connect({ tenant, shopId: "shop1", userId: "agent1", role: "agent" });
  const stranger = await connect({ tenant, shopId: "shop2", userId: "agent9", role: "agent" });
  const moderator = await connect({ tenant, userId: "mod1", role: "moderator" }, "/hubs/moderation");

  const { conversationId } = await buyer.connection.invoke("StartConversation", "shop1");
  assert.equal((await buyer.connection.invoke("StartConversation", "shop1")).conversationId, conversationId);

  const ack = await buyer.connection.invoke("SendMessage", { conversationId, clientMessageId: "a1", text: "你好，请问有现货吗" });
  assert.equal(ack.action, "allow");
  await until(() => agent.events.message.length === 1, "agent receives the buyer's message");
  const received = agent.events.message[0];
  for (const key of ["messageId", "conversationId", "senderRole", "senderId", "text", "sentAt"]) assert.ok(key in received, key);
  assert.equal(received.messageId, ack.messageId);

  const retry = await buyer.connection.invoke("SendMessage", { conversationId, clientMessageId: "a1", text: "你好，请问有现货吗" });
  assert.equal(retry.messageId, ack.messageId);

  const masked = await agent.connection.invoke("SendMessage", { conversationId, clientMessageId: "r1", text: "有的，加我微信 shop_kefu_88 详聊" });
  assert.equal(masked.action, "mask");
  assert.ok(masked.labels.includes("contact_diversion"));
  await until(() => buyer.events.message.length === 1, "buyer receives the masked reply");
  assert.ok(!buyer.events.message[0].text.includes("shop_kefu_88"));
  await until(() => moderator.events.flag.length === 1, "moderator receives the flag");

  await assert.rejects(stranger.connection.invoke("SendMessage", { conversationId, clientMessageId: "x", text: "hi" }), /not a participant/);
  await assert.rejects(buyer.connection.invoke("SendMessage", { conversationId, clientMessageId: "long", text: "长".repeat(20000) }), /too long/);
  assert.equal(buyer.connection.state, signalR.HubConnectionState.Connected);
  await buyer.connection.invoke("SendMessage", { conversationId, clientMessageId: "a2", text: "好的谢谢" });
  await until(() => agent.events.message.length === 3, "the connection still works after a refused send");
  await new Promise(r => setTimeout(r, 300));
  assert.equal(stranger.events.message.length, 0, "an agent of another shop received a message");
  assert.equal(retry.duplicate, true);

  const mine = await history(buyer.token, conversationId);
  assert.equal(mine.status, 200);
  assert.deepEqual(mine.body.map(m => m.messageId), [ack.messageId, masked.messageId, mine.body[2].messageId]);
  assert.equal((await history(stranger.token, conversationId)).status, 404);

  const scan = await fetch(new URL("/api/v1/moderate", base), {
    method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${buyer.token}` },
    body: JSON.stringify({ text: "加我vx: abc_12345" }),
  });
  const line = await scan.json();
  for (const key of ["labels", "action", "spans", "masked"]) assert.ok(key in line, key);

  for (const c of [buyer, agent, stranger, moderator]) await c.connection.stop();
  console.log("contract: ok");
}
