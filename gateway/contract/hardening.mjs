// Issue 18's "done when" checks, driven from outside with the official JavaScript SignalR client.
// Usage: node hardening.mjs BASE_URL MODE [ARG]
//   flood               — ten concurrent 40-megapixel uploads from one buyer; another buyer's sends stay under a second
//   busy                — two users' uploads with one decode slot and no queue: one is scanned, one is 503
//   animated FILE       — FILE (an animation with a QR code on a later frame) is not allowed, nor deliverable
//   twins               — an agent sharing a buyer's user id gets nothing of the buyer's and its own retry ids
//   refusals            — refused calls carrying a phone number and an e-mail (the C# side then reads the log)
//   deep                — a 100-deep JSON argument and wrong argument types get errors; the connection stays up
//   rating              — a conversation without an exchange cannot be rated; with one, once
//   blocked-image FILE  — FILE (a QR image) sent and blocked is not served to the agent
//   expiry SECONDS      — a send on a connection whose token expired SECONDS ago is refused
import * as signalR from "@microsoft/signalr";
import { readFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";
import assert from "node:assert/strict";

const [base, mode, arg] = process.argv.slice(2);
const tenant = `h${Date.now()}`;

async function token(body) {
  const response = await fetch(new URL("/dev/token", base), {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, `dev token: ${response.status}`);
  return (await response.json()).token;
}

async function connect(body, options = {}) {
  const t = options.token ?? await token(body);
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(new URL("/hubs/chat", base).toString(), { accessTokenFactory: () => t })
    .configureLogging(signalR.LogLevel.None)
    .build();
  const events = { message: [] };
  connection.on("message", e => events.message.push(e));
  await connection.start();
  await connection.invoke("WhoAmI");
  return { connection, events, token: t };
}

const send = (client, conversationId, text, clientMessageId = crypto.randomUUID(), attachmentIds = undefined) =>
  client.connection.invoke("SendMessage", { conversationId, clientMessageId, text, attachmentIds });

const until = async (predicate, what, ms = 5000) => {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 20));
  }
};

const upload = (t, conversationId, bytes, type = "image/png") =>
  fetch(new URL(`/api/v1/conversations/${conversationId}/attachments`, base), {
    method: "POST", headers: { "content-type": type, authorization: `Bearer ${t}` }, body: bytes,
  });

/** A PNG of width × height grey + alpha pixels, all transparent: tens of kilobytes that decode to width × height × 2 bytes. */
function transparentPng(width, height) {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "latin1");
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 4; // grey + alpha
  const rows = Buffer.alloc((1 + width * 2) * height); // filter byte 0 and zero pixels on every row
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

async function flood() {
  const attacker = await connect({ tenant, userId: "flooder", role: "buyer" });
  const other = await connect({ tenant, userId: "bystander", role: "buyer" });
  const { conversationId: floodConversation } = await attacker.connection.invoke("StartConversation", "shop1");
  const { conversationId } = await other.connection.invoke("StartConversation", "shop1");
  const png = transparentPng(8000, 5000);
  await send(other, conversationId, "热身"); // the first send pays for the JIT, not the flood

  let done = false;
  const latencies = [];
  const sender = (async () => {
    while (!done) {
      const started = performance.now();
      await send(other, conversationId, `还在吗 ${latencies.length}`);
      latencies.push(performance.now() - started);
      await new Promise(r => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: 10 }, async () => {
    const response = await upload(attacker.token, floodConversation, png);
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get("retry-after") };
  }));
  const floodMs = performance.now() - started;
  done = true;
  await sender;

  const statuses = answers.map(a => a.status).sort();
  for (const a of answers) {
    assert.ok([200, 429, 503].includes(a.status), `upload answered ${a.status}`);
    if (a.status !== 200) assert.ok(Number(a.retryAfter) >= 1, `a ${a.status} without Retry-After`);
  }
  assert.ok(statuses.includes(200), "no upload was scanned at all");
  assert.ok(latencies.length >= 5, `only ${latencies.length} sends during the flood`);
  const worst = Math.max(...latencies);
  console.log(`flood: ${png.length} bytes × 10 (8000x5000 grey+alpha) answered ${statuses.join(",")} in ${floodMs.toFixed(0)} ms; ` +
    `${latencies.length} sends by another buyer meanwhile, slowest ${worst.toFixed(0)} ms`);
  assert.ok(worst < 1000, `another buyer's send waited ${worst.toFixed(0)} ms`);
}

/** With one decode slot and no queue (the C# side configures it), a second user's upload meanwhile is 503 with Retry-After. */
async function busy() {
  const uploads = await Promise.all(["first", "second"].map(async userId => {
    const buyer = await connect({ tenant, userId, role: "buyer" });
    const { conversationId } = await buyer.connection.invoke("StartConversation", "shop1");
    return { buyer, conversationId };
  }));
  const png = transparentPng(8000, 5000);
  const answers = await Promise.all(uploads.map(async ({ buyer, conversationId }) => {
    const response = await upload(buyer.token, conversationId, png);
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.text() };
  }));
  const statuses = answers.map(a => a.status).sort();
  assert.deepEqual(statuses, [200, 503], JSON.stringify(answers));
  const refused = answers.find(a => a.status === 503);
  assert.ok(Number(refused.retryAfter) >= 1, "503 without Retry-After");
  assert.match(refused.body, /busy|waiting/);
}

/** Calls refused for carrying a phone number and an e-mail address where ids belong; the C# side reads the log. */
async function refusals() {
  const buyer = await connect({ tenant, userId: "buyer1", role: "buyer" });
  const { conversationId } = await buyer.connection.invoke("StartConversation", "shop1");
  const phone = "13900132288", email = "lily7788@example.com";
  const refused = [
    () => send(buyer, phone, "在吗"),
    () => send(buyer, email, "在吗"),
    () => send(buyer, conversationId, "看图", undefined, [phone, email]),
    () => send(buyer, conversationId, "看图", undefined, [`${phone}\nfail: forged entry ${email}`]),
    () => buyer.connection.invoke("RateConversation", email, "satisfied"),
    () => buyer.connection.invoke("ReportMessages", { conversationId: phone, messageIds: [email], reason: "abuse" }),
  ];
  for (const call of refused) await assert.rejects(call(), e => /HubException|not|unknown|only/.test(e.message));
  assert.equal(buyer.connection.state, signalR.HubConnectionState.Connected);
  assert.equal((await send(buyer, conversationId, "好的")).action, "allow");
}

/** A 100-deep JSON argument and wrong argument types or counts get a clear error; the connection stays up throughout. */
async function deep() {
  const buyer = await connect({ tenant, userId: "buyer1", role: "buyer" });
  const { conversationId } = await buyer.connection.invoke("StartConversation", "shop1");
  let nested = "底";
  for (let i = 0; i < 100; i++) nested = { inner: nested };
  const expectations = [
    [() => buyer.connection.invoke("SendMessage", nested), /nested deeper than 64 levels/],
    [() => send(buyer, conversationId, nested), /nested deeper than 64 levels/],
    [() => buyer.connection.invoke("StartConversation", 123), /wrong type/],
    [() => buyer.connection.invoke("StartConversation"), /wrong number of arguments/],
    [() => buyer.connection.invoke("StartConversation", "shop1", "extra"), /wrong number of arguments/],
    [() => buyer.connection.invoke("RateConversation", [conversationId], { rating: "satisfied" }), /wrong type/],
  ];
  for (const [call, expected] of expectations) {
    await assert.rejects(call(), e => expected.test(e.message) && /HubException/.test(e.message), `expected ${expected}`);
    assert.equal(buyer.connection.state, signalR.HubConnectionState.Connected);
  }
  assert.equal((await send(buyer, conversationId, "连接还在")).action, "allow");
}

/** With tokens living ARG seconds (the C# side configures it): 40 s after expiry the connection no longer sends. */
async function expiry() {
  const lifetime = Number(arg) * 1000;
  const issued = Date.now();
  const buyer = await connect({ tenant, userId: "buyer1", role: "buyer" });
  let closedAt = null;
  buyer.connection.onclose(() => { closedAt = Date.now(); });
  const { conversationId } = await buyer.connection.invoke("StartConversation", "shop1");
  assert.equal((await send(buyer, conversationId, "token 还有效")).action, "allow");

  const expired = issued + lifetime;
  await new Promise(r => setTimeout(r, expired + 40_000 - Date.now()));
  await assert.rejects(send(buyer, conversationId, "token 已过期 40 秒"));
  assert.ok(closedAt !== null && closedAt > expired, "the connection was not closed after its token expired");
  const rest = await fetch(new URL(`/api/v1/conversations/${conversationId}/messages`, base), { headers: { authorization: `Bearer ${buyer.token}` } });
  assert.equal(rest.status, 401);
  console.log(`expiry: closed ${((closedAt - expired) / 1000).toFixed(1)} s after the token expired`);

  const fresh = await connect({ tenant, userId: "buyer1", role: "buyer" });
  assert.equal((await send(fresh, conversationId, "新 token")).action, "allow");
}

async function buyerAndAgent() {
  const buyer = await connect({ tenant, userId: "buyer1", role: "buyer" });
  const agent = await connect({ tenant, shopId: "shop1", userId: "agent1", role: "agent" });
  const { conversationId } = await buyer.connection.invoke("StartConversation", "shop1");
  return { buyer, agent, conversationId };
}

const attachment = (t, conversationId, id) =>
  fetch(new URL(`/api/v1/conversations/${conversationId}/attachments/${id}`, base), { headers: { authorization: `Bearer ${t}` } });

/** ARG: an animated GIF whose second frame is a QR code with a contact; it is not allowed, nor sendable, nor served. */
async function animated() {
  const { buyer, agent, conversationId } = await buyerAndAgent();
  const response = await upload(buyer.token, conversationId, readFileSync(arg), "image/gif");
  assert.equal(response.status, 200);
  const scan = await response.json();
  assert.notEqual(scan.action, "allow");
  assert.ok(scan.labels.includes("qr_code"), JSON.stringify(scan));
  await assert.rejects(send(buyer, conversationId, "看图", undefined, [scan.attachmentId]), /blocked/);
  assert.equal((await attachment(agent.token, conversationId, scan.attachmentId)).status, 404);
  assert.equal(agent.events.message.length, 0);
}

/** A clean image sent with a message that is blocked is neither listed to nor served to the agent; one delivered is. */
async function blockedImage() {
  const { buyer, agent, conversationId } = await buyerAndAgent();
  const uploadClean = async () => {
    const response = await upload(buyer.token, conversationId, transparentPng(64, 64));
    assert.equal(response.status, 200);
    const scan = await response.json();
    assert.equal(scan.action, "allow");
    return scan.attachmentId;
  };
  const hidden = await uploadClean();
  assert.equal((await send(buyer, conversationId, "钱打到 6222 0212 3456 7890 128", undefined, [hidden])).action, "block");
  const shown = await uploadClean();
  assert.equal((await send(buyer, conversationId, "看看这个", undefined, [shown])).action, "allow");
  await until(() => agent.events.message.length === 1, "the agent receives the delivered message");

  assert.equal((await attachment(agent.token, conversationId, hidden)).status, 404);
  assert.equal((await attachment(agent.token, conversationId, shown)).status, 200);
  assert.equal((await attachment(buyer.token, conversationId, hidden)).status, 200); // its uploader still sees it
  const history = await (await fetch(new URL(`/api/v1/conversations/${conversationId}/messages`, base),
    { headers: { authorization: `Bearer ${agent.token}` } })).json();
  assert.deepEqual(history.flatMap(m => m.attachmentIds), [shown]);
}

/** An agent of another shop with the buyer's user id gets nothing of the buyer's; its send with the buyer's retry id is its own. */
async function twins() {
  const { buyer, agent, conversationId } = await buyerAndAgent();
  const twin = await connect({ tenant, shopId: "shop2", userId: "buyer1", role: "agent" });
  const other = await connect({ tenant, userId: "buyer2", role: "buyer" });
  const { conversationId: twinsConversation } = await other.connection.invoke("StartConversation", "shop2");
  const mine = await send(buyer, conversationId, "我的地址是…", "shared-retry-id");
  await send(other, twinsConversation, "你好");
  await send(agent, conversationId, "shop1 的私信回复");
  await until(() => buyer.events.message.length === 1, "the buyer receives the reply");

  const own = await send(twin, twinsConversation, "shop2 的回复", "shared-retry-id");
  assert.equal(own.duplicate, false);
  assert.notEqual(own.messageId, mine.messageId);
  assert.equal(own.deliveredText, "shop2 的回复");
  await until(() => twin.events.message.some(m => m.conversationId === twinsConversation), "the twin receives its own shop's conversation");
  await new Promise(r => setTimeout(r, 300));
  assert.deepEqual(twin.events.message.filter(m => m.conversationId === conversationId), [], "the twin received the buyer's conversation");
}

/** S4: a conversation the shop has not answered cannot be rated; an answered one once. */
async function rating() {
  const { buyer, agent, conversationId } = await buyerAndAgent();
  await assert.rejects(buyer.connection.invoke("RateConversation", conversationId, "disappointed"), /answered/);
  await send(buyer, conversationId, "在吗");
  await assert.rejects(buyer.connection.invoke("RateConversation", conversationId, "disappointed"), /answered/);
  await send(agent, conversationId, "在的");
  assert.equal((await buyer.connection.invoke("RateConversation", conversationId, "satisfied")).rating, "satisfied");
  await assert.rejects(buyer.connection.invoke("RateConversation", conversationId, "disappointed"), /already rated/);
}

const modes = { flood, busy, refusals, deep, expiry, animated, "blocked-image": blockedImage, twins, rating };
if (!(mode in modes)) throw new Error(`unknown mode ${mode}`);
await modes[mode]();
console.log(`${mode}: ok`);
process.exit(0);
