// The message mix of a storefront chat: mostly ordinary questions and answers in Chinese and English,
// a share that breaks the platform rules (RULES.md C1-C8) so the moderated run blocks, masks and holds some.
// Written for the load test; none of it comes from the evaluation corpus.

const BUYER_OK = [
  '你好，请问这件外套还有M码吗？',
  '我昨天下的单，什么时候能发货呀',
  '快递到哪里了？物流一直没更新',
  '这个颜色和图片上的一样吗',
  '收到了，质量不错，谢谢老板',
  '可以开发票吗？公司报销需要',
  'Hi, does this come in blue?',
  'When will my order ship? I need it before Friday.',
  'The zipper is broken, can I get a replacement?',
  '尺码偏大还是偏小？我平时穿L',
  '请问有赠品吗',
  'Is the battery included in the box?',
];
const AGENT_OK = [
  '亲，您好，M码还有货的哦',
  '已经帮您催快递了，请耐心等待一下',
  '您好，订单今天下午就会发出',
  '颜色以实物为准，色差不大的',
  '可以开的，请在订单备注里写上抬头',
  'Hello! Yes, we have it in blue, size S to XL.',
  'Sorry for the delay, your parcel left our warehouse today.',
  '亲，质量问题支持七天无理由退换',
  'We can send a replacement right away, no need to return the old one.',
  '感谢支持，祝您生活愉快',
];
const BUYER_BAD = [
  '你们是骗子吧，垃圾店铺',
  '加我微信 shop_sale2024 我私下转你钱',
  'you idiot, refund me now or I will report you',
  '直接支付宝转账给你行不行，便宜点',
];
const AGENT_BAD = [
  '加微信 vx8866123 下单更便宜',
  '好评返现5元，截图发我',
  '这款是高仿的，跟正品一模一样',
  '先付200定金到我的银行卡 6222 0212 3456 7890',
  'Leave a 5-star review and we will refund you $10.',
  '我们是平台官方客服，请添加QQ 12345678 处理',
];

/** A deterministic pseudo-random stream, so two runs send the same sequence. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Openings and closings people put around the same question, so one user rarely repeats a message verbatim.
const OPENINGS = ['', '', '在吗？', '老板，', '亲，', 'Hi, ', 'Hello, ', '你好 ', '麻烦问下，', 'Excuse me, '];
const CLOSINGS = ['', '', '', '谢谢', ' thanks', '～', '！', '?', ' 急', ' please'];

/** Picks a message for the role; about `violatingShare` of them break a rule. */
export function pickMessage(role, random, violatingShare = 0.1) {
  const bad = random() < violatingShare;
  const list = role === 'buyer' ? (bad ? BUYER_BAD : BUYER_OK) : (bad ? AGENT_BAD : AGENT_OK);
  const pick = (l) => l[Math.floor(random() * l.length)];
  return { text: `${pick(OPENINGS)}${pick(list)}${pick(CLOSINGS)}`, violating: bad };
}
