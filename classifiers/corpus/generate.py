#!/usr/bin/env python3
"""Writes corpus.jsonl: the in-domain chat corpus of ChatGuard (DATASHEET.md says how and why).

Deterministic: templates written by the team x slot fillers x evasion transforms, drawn with a fixed seed.
Run from anywhere: python3 classifiers/corpus/generate.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261205)

# ---------------------------------------------------------------- zh-Hant: the normalizer's own table, inverted
_T2S = os.path.join(HERE, "..", "ChatGuard.Classifiers", "Normalization", "Data", "t2s.txt")
_PREFER = {"发": "發", "后": "後", "里": "裡", "干": "幹", "面": "面", "台": "臺", "系": "系", "只": "只", "几": "幾",
           "么": "麼", "复": "復", "准": "準", "余": "餘", "冲": "衝", "制": "制", "周": "週", "价": "價", "钟": "鐘",
           "吗": "嗎", "回": "回", "出": "出", "同": "同", "注": "注", "合": "合", "才": "才", "表": "表", "向": "向", "克": "克",
           "当": "當", "佣": "佣", "尽": "盡", "着": "著", "家": "家", "了": "了", "货": "貨", "号": "號", "单": "單", "给": "給", "们": "們", "这": "這", "个": "個", "说": "說"}
S2T = {}
for line in open(_T2S, encoding="utf-8"):
    if line.startswith("#") or len(line.rstrip("\n")) != 2:
        continue
    t, s = line[0], line[1]
    S2T.setdefault(s, t)
S2T.update(_PREFER)


def to_hant(text):
    return "".join(S2T.get(c, c) for c in text)


# ---------------------------------------------------------------- slot fillers
P_ZH = ["连衣裙", "羽绒服", "运动鞋", "面霜", "蓝牙耳机", "保温杯", "假睫毛", "穿戴甲", "智能手表", "充电宝", "四件套", "猫粮",
        "儿童积木", "扫地机器人", "口红", "精华液", "行李箱", "双肩包", "牛仔裤", "卫衣", "茶叶", "坚果礼盒", "电饭煲", "空气炸锅",
        "瑜伽垫", "防晒霜", "洗发水", "乳胶枕", "拖鞋", "手机壳", "数据线", "台灯", "收纳盒", "雨伞", "围巾", "帽子", "袜子",
        "冲锋衣", "婴儿湿巾", "奶瓶", "狗粮", "猫砂", "车载支架", "键盘", "鼠标", "显示器支架", "仿真花", "香薰", "眼影盘", "粉底液"]
P_EN = ["dress", "down jacket", "running shoes", "face cream", "bluetooth earbuds", "water bottle", "false lashes",
        "press-on nails", "smart watch", "power bank", "bedding set", "cat food", "building blocks", "robot vacuum",
        "lipstick", "serum", "suitcase", "backpack", "jeans", "hoodie", "green tea", "air fryer", "yoga mat",
        "sunscreen", "phone case", "charging cable", "desk lamp", "umbrella", "scarf", "sneakers", "keyboard"]
BRANDS = ["耐克", "阿迪达斯", "兰蔻", "雅诗兰黛", "苹果", "华为", "小米", "戴森", "优衣库", "安踏", "李宁", "SK-II", "迪奥", "香奈儿", "LV", "Gucci"]
BRANDS_EN = ["Nike", "Adidas", "Lancome", "Apple", "Dyson", "Chanel", "Dior", "Gucci", "Louis Vuitton", "Rolex", "Coach", "Prada"]
MODELS = ["SB-300", "XR-12", "A1 Pro", "K8-Max", "TX-500", "M2 Plus", "V30", "Q7-S", "HD-2000", "AX-9"]
COURIERS = ["顺丰", "中通", "圆通", "韵达", "极兔", "申通", "京东物流", "邮政EMS"]
COURIERS_EN = ["SF Express", "J&T", "YTO", "DHL", "UPS", "FedEx", "USPS"]
SIZES = ["S码", "M码", "L码", "XL", "XXL", "36码", "37码", "38码", "39码", "40码", "41码", "42码", "均码"]
SIZES_EN = ["small", "medium", "large", "XL", "size 8", "size 10", "US 7", "EU 39"]
NAMES = ["小美", "阿杰", "小林", "晓晓", "大壮", "小鱼", "阿宝", "可乐", "小王", "橙子"]
WHEN = ["今天", "明天", "后天", "48小时内", "三天内", "本周内", "周五前", "月底前"]
DAYS = ["2", "3", "5", "7", "10", "15"]
APPS_BENIGN = ["微信", "QQ", "LINE", "Telegram", "WhatsApp", "抖音", "支付宝"]


def order_no():
    return str(rng.randint(10**17, 10**18 - 1))


def tracking_no():
    prefix = rng.choice(["SF", "JT", "YT", "ZT", "YD", ""])
    return prefix + str(rng.randint(10**11, 10**13 - 1))


def price():
    return str(rng.choice([9.9, 19.9, 29, 39, 49, 59, 69, 79, 89, 99, 128, 159, 199, 259, 299, 399, 599, 899])).rstrip("0").rstrip(".")


def mobile():
    return rng.choice(["13", "15", "17", "18", "19"]) + "".join(rng.choice("0123456789") for _ in range(9))


def handle():
    stem = rng.choice(["shop", "meimei", "xiaoli", "kefu", "vip", "dawei", "lucky", "sunny", "mall", "tina", "jason", "happy"])
    return stem + "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 6)))


def qq():
    return str(rng.randint(10**7, 10**10))


def bank_card():
    return "62" + "".join(rng.choice("0123456789") for _ in range(rng.randint(14, 17)))


def amount():
    return str(rng.choice([5, 10, 20, 30, 50, 88, 100, 200, 300, 500, 1000, 2000]))


def fill(template, lang):
    """Fills {slots}; each slot drawn independently."""
    zh = lang != "en"
    values = {
        "p": lambda: rng.choice(P_ZH) if zh else rng.choice(P_EN),
        "pe": lambda: rng.choice(P_EN),
        "brand": lambda: rng.choice(BRANDS) if zh else rng.choice(BRANDS_EN),
        "model": lambda: rng.choice(MODELS),
        "courier": lambda: rng.choice(COURIERS) if zh else rng.choice(COURIERS_EN),
        "size": lambda: rng.choice(SIZES) if zh else rng.choice(SIZES_EN),
        "name": lambda: rng.choice(NAMES),
        "when": lambda: rng.choice(WHEN),
        "days": lambda: rng.choice(DAYS),
        "order": order_no,
        "track": tracking_no,
        "price": price,
        "amt": amount,
        "app": lambda: rng.choice(APPS_BENIGN),
        "mobile": mobile,
        "handle": handle,
        "qq": qq,
        "card": bank_card,
    }
    out = template
    for key, make in values.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", make(), 1)
    return out


# ---------------------------------------------------------------- evasion transforms (for numbers and handles)
YOULING = {"0": "〇", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}
CAPITAL = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))
EN_WORDS = dict(zip("0123456789", ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]))
ARABIC_INDIC = dict(zip("0123456789", "٠١٢٣٤٥٦٧٨٩"))
DEVANAGARI = dict(zip("0123456789", "०१२३४५६७८९"))
FULLWIDTH = dict(zip("0123456789abcdefghijklmnopqrstuvwxyz", "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"))
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨"))


def digits(value, table, sep=""):
    return sep.join(table.get(c, c) for c in value)


def spaced(value):
    return " ".join(value)


def bidi(value):
    # U+202E RIGHT-TO-LEFT OVERRIDE: stored reversed so it displays in order.
    return "\u202e" + value[::-1] + "\u202c"


def zero_width(value):
    return "\u200b".join(value)


# ---------------------------------------------------------------- the corpus
rows = []
seen = set()


ZH_OPEN = {"buyer": ["", "", "", "你好，", "请问", "那个，", "喂，", "老板，", "客服，", "亲，", "哎，"],
           "agent": ["", "", "", "亲，", "亲亲，", "您好，", "亲爱的，", "宝，", "嗯嗯，", "好的亲，"]}
ZH_CLOSE = {"buyer": ["", "", "", "？", "。", "！", "啊", "呀", "～", "谢谢", "，麻烦了", "😊", "🙏", "，急", "，回一下"],
            "agent": ["", "", "", "哦", "呢", "～", "。", "！", "😊", "🌹", "，有问题随时找我", "，祝您购物愉快"]}
EN_OPEN = {"buyer": ["", "", "", "Hi, ", "Hello, ", "Hey, ", "Excuse me, ", "Sorry, "], "agent": ["", "", "", "Hi! ", "Dear customer, ", "Hello, "]}
EN_CLOSE = {"buyer": ["", "", "", "?", ".", "!", " thanks", " pls", " 🙏"], "agent": ["", "", "", ".", "!", " :)", " 😊", " Thanks!"]}


def decorate(text, lang, role):
    """The same message as people type it: an optional opener and closer, as a buyer or an agent would add them."""
    opens, closes = (EN_OPEN, EN_CLOSE) if lang == "en" else (ZH_OPEN, ZH_CLOSE)
    opener, closer = rng.choice(opens[role]), rng.choice(closes[role])
    if "\n" in text:
        return text
    if opener and text[:1] in "，,":
        opener = ""
    if closer and text[-1:] in "？?。.！!～":
        closer = closer if closer[0] not in "？?。.！!～" else ""
    return opener + text + closer


class Also(str):
    """A template that breaks one more rule than its family's label: explicit sexual harassment of the person at the
    desk is abuse (C2) and vulgar content (C3) at once; a threat of violence or intimidation aimed at the other side
    (smashing the shop, sending people round, "I know where your warehouse is") is abuse (C2) and violent content /
    intimidation (C3) at once, while insults, curses, threats of exposure or complaint and a vague "你给我等着" stay
    abuse only (the lead's convention, session 26); money asked into a named account off the platform (a WeChat red
    packet, Alipay, Zelle, the shop's own account) is off-platform payment (C4) and a third-party payment account (C1)
    at once."""

    def __new__(cls, text, *labels):
        template = super().__new__(cls, text)
        template.labels = list(labels)
        return template


def add(family, lang, role, labels, template_list, count):
    """Draws `count` distinct messages from the templates of one family (fewer if the templates run out)."""
    made, tries = 0, 0
    while made < count and tries < count * 20:
        tries += 1
        template = rng.choice(template_list)
        r = role if role in ("buyer", "agent") else rng.choice(["buyer", "agent"])
        text = decorate(template() if callable(template) else fill(template, lang), lang, r)
        if lang == "zh-Hant":
            text = to_hant(text)
        key = text
        if key in seen:
            continue
        seen.add(key)
        extra = [label for label in getattr(template, "labels", []) if label not in labels]
        rows.append({"id": "", "text": text, "labels": labels + extra, "role": r, "lang": lang, "family": family})
        made += 1


def family(technique, label, lang, role, templates, count, labels=None):
    add(f"{technique}/{label}/{lang}", lang, role, labels if labels is not None else ([] if label == "none" else [label]), templates, count)


def both_scripts(technique, label, role, templates, count, labels=None):
    """A Chinese family in simplified script and, with a third of the count, in traditional script."""
    family(technique, label, "zh-Hans", role, templates, count, labels)
    family(technique, label, "zh-Hant", role, templates, max(10, count // 3), labels)


# ================================================================ legitimate: buyers and agents
both_scripts("benign-greeting", "none", "any", [
    "你好", "在吗", "在吗？", "您好，在吗", "亲，在不在", "有人吗", "hello，在吗", "你好呀", "早上好", "晚上好，还有人在吗",
    "您好，欢迎光临，有什么可以帮您", "亲，您好，我是客服{name}，很高兴为您服务", "在的亲，请问有什么需要", "在的在的，您说",
    "您好，我在的，请讲", "谢谢", "好的谢谢", "好的，辛苦了", "收到，谢谢亲", "明白了，谢谢", "嗯嗯好的", "麻烦你了", "谢谢你们，拜拜",
    "不客气，祝您生活愉快", "感谢您的耐心等待", "好的亲，有问题随时找我", "亲，还在吗？", "抱歉让您久等了",
], 260)
both_scripts("benign-order-status", "none", "any", [
    "我的订单{order}什么时候发货", "订单号{order}，麻烦查一下到哪了", "请问{p}什么时候能发货？", "我昨天拍的{p}发了吗",
    "拍下{days}天了还没发货，能催一下吗", "亲，您的订单已经在打包了，{when}发出", "订单{order}已经发货了，请留意物流",
    "亲，这边看到您的{p}已经出库了", "下单的时候忘了备注颜色，能改成黑色吗", "能帮我改一下收货地址吗，订单{order}",
    "地址已经帮您修改好了，请核对一下", "付款后多久发货呀", "现货{when}发，预售的{days}天内发", "我拍了两件，能一起发吗",
    "亲，两个订单已经帮您合并发货了", "订单显示已签收但我没收到", "这个订单可以取消吗，拍错了", "已经帮您取消了，钱原路退回",
    "你好，我想加购一件{p}，能和{order}一起发吗", "订单{order}的发票怎么开", "电子发票会在确认收货后发到订单详情里",
], 300)
both_scripts("benign-logistics", "none", "any", [
    "快递到哪了，{days}天了还没动", "物流一直显示揽收，是不是丢了", "{courier}单号{track}，查不到信息", "我的快递显示{courier}派送中，今天能到吗",
    "亲，{courier}单号{track}，明天预计送达", "您好，物流信息有延迟，包裹在路上的", "快递放驿站了，请注意查收", "可以发{courier}吗，加钱也行",
    "默认发{courier}，指定快递需要补差价", "偏远地区要多{days}天哦", "新疆能发吗，运费多少", "物流停了{days}天，能帮我问问吗",
    "已经帮您联系{courier}催件了，有消息第一时间告诉您", "快递员说没人签收又退回去了怎么办", "包裹破损了，外箱都烂了",
    "运单号{track}，麻烦看一下是不是派错了", "快递被别人签收了，怎么处理", "您好，已经申请{courier}核实签收人，{days}天内回复您",
    "我下周出差，能晚点发吗", "可以的亲，我们备注好{when}再发",
], 300)
both_scripts("benign-refund", "none", "any", [
    "我想退货，怎么操作", "申请了退款，什么时候到账", "{p}不合适，能换吗", "七天无理由退货支持吗", "退货运费谁出",
    "亲，支持七天无理由，在订单页点申请售后就可以", "退款已经同意了，{days}个工作日原路退回", "收到退货后{when}给您退款",
    "质量问题的话运费我们承担", "换货的话需要先把原件寄回来", "退款一直没到账，订单{order}", "退款金额不对，少了{amt}块",
    "亲，退款是原路返回的，银行卡可能要{days}天", "我已经寄回了，单号{track}", "收到您的退货了，已经在处理退款",
    "只退款不退货可以吗，东西坏了", "麻烦拍一下破损的照片，我们给您申请补偿", "给您补发一个新的，不用退回了",
    "退款申请被驳回了，为什么", "亲，驳回是因为缺少凭证，补充照片后重新提交就行",
], 320)
both_scripts("benign-size", "none", "any", [
    "身高165体重110穿什么码", "{p}偏大还是偏小", "我平时穿{size}，这款要拍大一码吗", "脚宽穿哪个码", "裤长多少厘米",
    "亲，这款偏小，建议拍大一码", "按照平时的码数拍就行", "身高170体重130建议{size}", "{size}的胸围是多少",
    "有没有尺码表", "详情页最下面有尺码表哦", "孩子5岁穿多大的", "这个{p}有多大，能放下笔记本吗", "尺寸是40×30×15厘米",
    "杯子容量多少毫升", "{p}重量多少", "不合适可以换码的，运费险已经帮您买了", "腰围2尺2穿什么码",
], 260)
both_scripts("benign-presale-deposit", "none", "any", [
    "预售商品先交定金，尾款开售当天在APP里补齐", "定金{amt}元，尾款{when}在订单页支付就行", "付了定金，尾款什么时候付",
    "尾款在哪里付啊，找不到入口", "亲，尾款在订单详情页点“支付尾款”即可", "定金不退是吗", "预售的定金可以退吗",
    "按平台规则，预售定金在尾款支付前不退哦", "付尾款的时候优惠券能用吗", "双十一预售，定金膨胀到{amt}元",
    "付定金立减{amt}，尾款{when}开始付", "尾款时间过了还能付吗", "我忘付尾款了，定金还在吗", "亲，尾款在平台上付就可以，别的渠道都不要付",
    "定金和尾款都在订单里付，放心", "预售{days}天发货，定金{amt}，可以吗", "定金已付，请问尾款多少", "尾款提醒会在APP里推送给您",
], 300)
both_scripts("benign-complaint-civil", "none", "buyer", [
    "发货太慢了，能快点吗", "等了{days}天还没到，有点着急", "客服回复好慢啊", "收到的{p}有色差，和图片不太一样", "质量一般，有点失望",
    "包装有点简陋", "这个材质有点垃圾啊", "做工不太行，线头好多", "说好{when}发货的，怎么还没发", "东西不错，就是物流太慢了",
    "上次买的也是这样，希望改进一下", "味道有点大，晾几天会散吗", "尺码偏小，穿着很紧", "说明书看不懂，能发个视频吗",
    "这个{p}用了两天就坏了", "我很不满意这次的购物体验", "能不能给个说法，等太久了", "电池不太耐用，一天就没电了",
    "这批苹果没有病虫害吧", "东西一般般，对不起这个价格",
], 300)
both_scripts("benign-complaint-heated", "none", "buyer", [
    "你们到底什么时候发货！！！", "我真的很生气，{days}天了没人管", "太离谱了吧，又延迟", "这都第三次问了，能不能给个准话", "气死我了，快递又丢了",
    "这服务也太差了吧", "我等得花都谢了", "你们这样做生意是不行的", "退款拖了这么久，太过分了", "再不处理我就申请平台介入了",
    "我要给差评了，实在忍不了", "什么破物流，一周了还在原地", "怎么又是机器人回复，找个人工", "说了多少遍了，尺码发错了！",
    "无语，这质量真的不行", "你们客服是睡着了吗，半天不回", "我要求全额退款，没商量", "真的服了，发错颜色还不认",
], 280)
both_scripts("benign-complaint-authorities", "none", "buyer", [
    "再不处理我就打12315投诉了", "我已经向消费者协会投诉了", "我会向市场监管局反映这个问题", "我要去消协告你们", "已经在平台投诉了，等处理结果",
    "我要申请平台客服介入", "我会保留证据，必要时找律师", "我打了12345热线反映了", "不处理的话我会向工商部门举报",
    "我已经报警了，快递被冒领", "我会在黑猫投诉上发帖", "这个问题我会提交给平台仲裁",
], 180)
both_scripts("benign-antifraud-warning", "none", "agent", [
    "温馨提示：凡是索要验证码、让您扫码付款的都是骗子，请认准平台内沟通", "提醒：我们不会让您加微信退款，谨防诈骗",
    "本店客服不会以任何理由要求您线下转账", "近期有骗子冒充客服，说要给您理赔，请不要相信", "任何让您提供银行卡和验证码的都是诈骗",
    "亲，退款只在平台内处理，请勿点击陌生链接", "请注意：官方不会主动打电话让您开通百万保障", "有人私聊您说刷单返利，那是骗子，请举报",
    "不要相信所谓的“客服”让您下载会议软件共享屏幕", "提醒各位亲：本店所有交易都在平台完成，没有别的付款方式",
    "如果有人说您的订单异常需要解冻费，请直接挂断", "警惕冒充快递员理赔的电话，我们不会这样联系您",
    "防骗提醒：要求您加QQ或微信处理售后的都不是本店", "切记，不要把支付密码告诉任何人，包括客服",
], 240)
both_scripts("benign-stranger-report", "none", "buyer", [
    "有个人加我微信说是你们客服，是真的吗", "刚才有人打电话说我的{p}有质量问题要理赔，是你们吗", "快递员让我加他微信，说方便联系，可以吗",
    "有人私信我说可以返现，让我加QQ，是你们店的吗", "陌生人说订单异常，要我转账解冻，是骗子吧", "有人冒充你们给我发链接，我没点",
    "收到短信说我中奖了，让我加微信领，是你们发的吗", "有个自称平台客服的人要我的验证码，我没给", "有人让我去别的平台下单说更便宜，靠谱吗",
    "接到电话说快递丢了要赔我钱，让我下载APP，是真的吗",
], 180)
both_scripts("benign-left-review", "none", "buyer", [
    "已经给你们五星好评了", "好评已经写了，东西很好", "已经追评了，下次还来", "我给了好评，客服态度很好", "我晒了图，五星",
    "评价写好了，顺便问下什么时候上新", "好评了哦，推荐给朋友了", "之前给了中评，后来用着还不错", "东西好，已经好评",
    "刚刚确认收货并好评了", "已经评价了，希望对别人有帮助",
], 160)
both_scripts("benign-review-help", "none", "agent", [
    "确认收货后，在订单详情页就可以评价哦", "亲，评价入口在“我的-待评价”里", "追评在原评价下方点“追加评价”", "您对商品有任何意见都可以如实评价",
    "评价是您的权利，我们尊重您的真实感受", "如果对服务有不满意的地方，欢迎直接告诉我们，我们会改进", "看到您的差评了，非常抱歉，问题我们来解决",
    "亲，评价后{days}天内可以追评", "晒图评价需要在确认收货后{days}天内完成", "收到商品有问题先联系我们，我们尽力解决",
], 160)
both_scripts("benign-authenticity-question", "none", "buyer", [
    "是正品吗", "这个{brand}是正品吗？", "这双鞋跟官网的一样吗，不会是假货吧", "有没有防伪码", "怎么辨别真假", "能提供进货凭证吗",
    "专柜验货能过吗", "不会是高仿吧，我有点担心", "你们是官方授权店吗", "这个价格便宜这么多，是正品吗", "支持验货吗，假一赔几",
    "这个{p}是原装的吗", "是不是翻新机", "会不会是A货啊，朋友说这么便宜不正常",
], 220)
both_scripts("benign-authenticity-answer", "none", "agent", [
    "亲，本店{brand}都是品牌授权正品，支持专柜验货", "所有商品都有防伪码，扫码可查", "我们是官方旗舰店，假一赔十（平台保障）",
    "可以提供品牌授权书和进货单", "正品保障，收到后可以去专柜验", "这款是{brand}官方授权，发票随货",
    "亲，平台有正品保障服务，放心购买",
], 120)
both_scripts("benign-product-facts-apps", "none", "any", [
    "这款手表能同步{app}消息提醒吗", "支持{app}和短信通知吗", "手表支持微信、QQ消息提醒，来电显示", "能接收LINE和Telegram的通知吗",
    "亲，这款支持{app}消息推送，在手机APP里打开通知权限就行", "蓝牙连接后可以显示{app}消息", "车载支架能放苹果手机吗",
    "这个{p}能连小米的APP吗", "扫地机器人支持米家APP控制", "耳机能连华为手机吗", "支持用{app}扫码开票吗",
], 200)
both_scripts("benign-product-facts-materials", "none", "any", [
    "假睫毛一盒几对", "穿戴甲24片装，有胶", "美甲贴片一盒24片，送果冻胶", "仿真花不会凋谢，适合摆客厅", "PU仿皮材质，好打理",
    "这个是人造革还是真皮", "面料是100%棉", "仿羊羔绒外套很暖和", "假领子可以单独买吗", "这是仿木纹的贴纸", "材质是304不锈钢",
    "杯子是食品级硅胶", "仿古铜色的灯，很有质感", "仿真绿植，不用浇水", "纯银的会不会过敏", "仿生硅胶奶嘴，宝宝容易接受",
    "羽绒含量90%白鸭绒", "人造钻石和天然的有什么区别",
], 240)
both_scripts("benign-model-numbers", "none", "any", [
    "型号 {model} 还有吗", "{model}和{model}有什么区别", "请问{model}的滤芯在哪买", "{model}现在多少钱", "{model}黑色有货吗",
    "亲，{model}现在有货，{when}发", "{model}支持{days}年保修", "我买的是{model}，配件通用吗", "{model}的说明书能发一份吗",
    "{model}升级版和老款价格一样吗",
], 200)
both_scripts("benign-price", "none", "any", [
    "这个{p}多少钱", "能便宜点吗", "有优惠券吗", "{price}元包邮吗", "买两件有折扣吗", "亲，现在下单立减{amt}元",
    "店铺满{amt}减{amt}", "会员价是{price}元", "直播间价格是{price}，和这里一样吗", "为什么昨天{price}今天贵了",
    "价格保护{days}天，降价可以申请退差价", "亲，领券后到手价{price}元", "运费多少钱", "包邮吗，偏远地区呢",
    "差价已经在平台申请给您退了",
], 260)
both_scripts("benign-agent-service", "none", "agent", [
    "亲，已经帮您登记了，{when}给您回复", "这边给您申请了{amt}元无门槛券作为补偿，下次下单可用", "抱歉给您带来不便，马上为您处理",
    "已经反馈给仓库了，会加急处理", "亲，这款今天{price}元，领券更划算", "请您提供一下订单号，我帮您查询", "您的问题我记录下来了，专人跟进",
    "收到，这就帮您备注", "亲，{p}清洗时请勿暴晒", "使用前请先阅读说明书", "新品{when}上架，可以先收藏",
    "我们的营业时间是早上9点到晚上11点", "稍等，我帮您问一下仓库", "亲，补发的单号是{track}", "退款已经处理，请注意查收",
], 300)
both_scripts("benign-product-question", "none", "buyer", [
    "这个{p}适合敏感肌吗", "{p}能水洗吗", "保质期多久", "孕妇可以用吗", "有没有赠品", "{p}是什么颜色的",
    "质保多久", "能开发票吗", "有现货吗", "这款{p}和上一代有什么区别", "充电要多久", "防水吗", "几岁的孩子能玩",
    "{p}有味道吗", "可以刻字吗", "送人的话有礼盒吗", "{p}怎么用", "{p}是哪里产的",
], 300)
both_scripts("benign-numbers-in-service", "none", "any", [
    "订单号{order}", "单号{track}", "我的订单编号是{order}，请帮忙看看", "退货单号{track}，已寄出", "ID {order}的订单还没发货",
    "发票号码{order}", "商品编码{model}", "这是我的订单{order}，颜色发错了", "亲，补发单号：{courier}{track}",
    "售后单号{order}已经审核通过",
], 200)

both_scripts("benign-product-for-whom", "none", "any", [
    "男性可以用这款{p}吗", "女性用的话推荐哪一款", "男生穿这个码合适吗", "女生穿{size}会不会大", "这款是男女同款吗", "送给外国朋友合适吗，老外喜欢这种吗",
    "适合大妈跳广场舞穿吗", "老人用这个{p}方便吗", "孕妇和小孩能用吗", "南方人冬天穿这件够暖吗", "北方人吃这个会不会太甜",
    "广东人口味偏淡，这个辣不辣", "东北冬天零下三十度，这件羽绒服扛得住吗", "女的用这个颜色好看还是男的用", "男性专用的有吗",
    "亲，这款男女都可以穿", "女性朋友反馈这款很显瘦", "很多上海的顾客都回购了", "外国人也能在这个店下单吗", "黑色和白色哪个更耐脏",
    "给我老公买，他一米八穿什么码", "给我妈买的，她五十多岁，这个颜色合适吗", "留学生在国外能收到吗",
], 260)
both_scripts("benign-antifraud-short", "none", "agent", [
    "小心骗子！我们不会让您私下转账付款", "谨防骗子，退款只在平台操作", "当心骗子冒充客服", "提防骗子，别点陌生链接", "防骗提醒：骗子会说您的订单异常",
    "有骗子冒充我们店，请认准店铺名", "最近骗子很多，大家注意", "警惕骗子，不要透露验证码", "遇到骗子请直接举报", "骗子常用的话术是“您的快递丢了”",
], 150)
both_scripts("benign-complaint-words", "none", "buyer", [
    "这个材质有点垃圾啊", "包装太垃圾了，都压坏了", "物流真的垃圾，一周了还没到", "这质量也太垃圾了吧，想退", "热死了，风扇什么时候到",
    "笑死，发来的颜色完全不对", "累死了，跑了三趟驿站", "等死我了", "丑死了，和图片完全不一样，能退吗", "颜色有点丑，可以换吗",
    "穷学生，能便宜点吗", "我穷，有没有优惠券", "狗粮我家狗不爱吃", "这个有点恶心，有股怪味", "简直是坑人，说好的赠品没有",
], 200)

# English and mixed legitimate lines
EN_LEGIT = {
    "benign-greeting": ["hi", "hello, anyone there?", "Hi, quick question", "good morning", "thanks!", "thank you so much", "ok thanks",
                        "Hello, this is {name} from customer service, how can I help?", "You're welcome, have a nice day", "Sorry for the wait"],
    "benign-order-status": ["When will my order {order} ship?", "Has my {p} shipped yet?", "Can I change the shipping address on order {order}?",
                            "Your order has been packed and will ship {days} days from now", "I ordered {days} days ago and it still says processing",
                            "Can you combine my two orders?", "Please cancel order {order}, I ordered the wrong color", "Your order {order} was cancelled and refunded"],
    "benign-logistics": ["Where is my package? Tracking {track}", "{courier} tracking {track} hasn't updated in {days} days",
                         "The parcel was delivered to the wrong address", "Your parcel is with {courier}, tracking {track}",
                         "How long does shipping to Malaysia take?", "The box arrived damaged", "Can you ship with {courier} instead?"],
    "benign-refund": ["How do I return this {p}?", "I requested a refund {days} days ago and haven't received it", "Who pays for return shipping?",
                      "Your refund was approved and will reach your card in {days} business days", "Can I exchange it for a {size}?",
                      "Please upload a photo of the damage and we'll send a replacement", "The refund amount is short by ${amt}"],
    "benign-size": ["Does the {p} run small?", "I'm 5'6 and 130 lbs, which size?", "Is {size} true to size?", "What are the dimensions?",
                    "We recommend sizing up one size", "The size chart is at the bottom of the listing"],
    "benign-presale-deposit": ["It's a pre-order: pay the deposit now and the balance in the app on launch day",
                               "Where do I pay the balance for my pre-order?", "Is the pre-order deposit refundable?",
                               "The balance payment opens {days} days from now in your order page"],
    "benign-product-for-whom": ["Is this suitable for men too?", "Is it unisex?", "Would it fit a tall guy, 6'2?", "Is it good for older people?",
                                "Can foreigners order from this shop?", "My wife is petite, which size?", "Is it safe for kids and pregnant women?"],
    "benign-complaint-civil": ["Shipping is really slow, can you hurry it up?", "The color is different from the photos", "Quality is a bit disappointing",
                               "This material feels kind of cheap", "I'm not happy with this purchase", "It stopped working after {days} days",
                               "I'm really frustrated, I've asked three times already", "This is ridiculous, still no update after {days} days",
                               "Honestly the service has been terrible", "This is the worst delivery experience I've had"],
    "benign-complaint-authorities": ["If this isn't fixed I'll file a complaint with consumer protection", "I've reported this to the Better Business Bureau",
                                     "I'm opening a dispute with the platform", "I will contact my bank for a chargeback if there's no refund",
                                     "I'm escalating this to the platform's resolution center"],
    "benign-antifraud-warning": ["Reminder: we will never ask for your verification code or payment outside the app",
                                 "Beware of scammers pretending to be our support staff on WhatsApp",
                                 "We never ask customers to pay by gift card. If someone does, it's a scam",
                                 "All refunds are processed in the app only, please ignore anyone asking you to transfer money"],
    "benign-stranger-report": ["Someone messaged me on WhatsApp saying they're your support, is that real?",
                               "A courier asked me to add him on WeChat, is that normal?",
                               "I got a text saying my order has a problem and I need to pay a fee, is that you?",
                               "Someone offered me a refund if I add them on Telegram, looks like a scam"],
    "benign-left-review": ["I already left a 5-star review!", "Left you a great review, thanks", "Just rated it five stars", "Already reviewed, love it"],
    "benign-review-help": ["You can leave a review from the order page after confirming delivery", "Please review honestly, your feedback helps us",
                           "Sorry to see your review, let us fix the problem for you"],
    "benign-authenticity-question": ["Are these authentic or replicas?", "Is this {brand} genuine?", "Is it original or a copy?",
                                     "Do you have proof of authenticity?", "Is this an authorized {brand} store?", "Is it refurbished?"],
    "benign-product-facts-apps": ["Can it sync LINE and Telegram alerts?", "Does the watch show WhatsApp notifications?",
                                  "Does it work with the Mi Home app?", "It supports WeChat and SMS notifications"],
    "benign-product-facts-materials": ["Fake nails, 24 pieces with glue", "False lashes, 10 pairs per box", "Faux leather, easy to clean",
                                       "Artificial flowers, no watering needed", "Is this real leather or faux?", "Press-on nails come in 3 sizes"],
    "benign-model-numbers": ["Is the {model} still in stock?", "What's the difference between the {model} and the {model}?", "Does the {model} have a warranty?"],
    "benign-price": ["How much is the {p}?", "Any discount if I buy two?", "Is shipping free?", "Is there a coupon?", "The price dropped, can I get the difference back?"],
    "benign-product-question": ["Is the {p} waterproof?", "Is it safe for sensitive skin?", "How long does the battery last?", "Can I wash it in the machine?",
                                "Does it come with a gift box?", "Where is it made?"],
}
for tech, templates in EN_LEGIT.items():
    family(tech, "none", "en", "buyer" if "question" in tech or "complaint" in tech or "report" in tech or "left" in tech else "any", templates, 45)

MIXED_LEGIT = [
    "亲，your parcel 已经到 warehouse 了，明天 deliver", "请问 shipping to Malaysia 要几天？", "这个 {model} 有 black 吗", "refund 什么时候到账",
    "我的 order {order} 还没 ship", "size 偏小吗，我平时穿 M", "可以用 coupon 吗", "tracking number 是 {track}", "这款 watch 能显示 LINE 的 notification 吗",
    "是 original 的吗，不是 fake 吧", "已经给了 five stars 好评了", "presale 的定金付了，尾款在 app 里付对吧", "OK 亲，已经帮您 cancel 了",
    "thanks 亲，收到了", "太 slow 了吧，等了{days}天", "这个 {p} 是 cotton 的吗", "can you 发 {courier}？",
]
family("benign-mixed", "none", "mixed", "any", MIXED_LEGIT, 160)


# ================================================================ violating
# ---- contact_diversion (C1): a handle or number with its cue, and every way of writing it
WX_CUES = ["微信", "加微信", "加我微信", "vx", "VX", "v信", "威信", "薇信", "wx", "V", "绿色软件", "卫星", "🛰", "💚"]
QQ_CUES = ["QQ", "扣扣", "企鹅", "🐧", "Q"]


def contact(evade, cue_pool=WX_CUES):
    def make():
        cue = rng.choice(cue_pool)
        value = rng.choice([mobile(), handle(), qq()]) if evade != "handle" else handle()
        shown = {
            "plain": lambda v: v, "handle": lambda v: v,
            "youling": lambda v: digits(v, YOULING), "capital": lambda v: digits(v, CAPITAL),
            "english-words": lambda v: digits(v, EN_WORDS, " "), "arabic-indic": lambda v: digits(v, ARABIC_INDIC),
            "devanagari": lambda v: digits(v, DEVANAGARI), "fullwidth": lambda v: digits(v, FULLWIDTH),
            "circled": lambda v: digits(v, CIRCLED), "spaced": spaced, "zero-width": zero_width, "bidi": bidi,
        }[evade](value)
        frame = rng.choice([
            "{c}：{v}", "加{c} {v}，给你便宜", "有事{c}聊 {v}", "{c}{v}，私聊发你优惠", "退款走{c}更快，{v}", "亲，{c}号 {v}，拉你进福利群",
            "这里不方便说，{c} {v}", "加下{c}吧 {v}，图片发你", "{v} 这个是我{c}", "售后直接找我{c}：{v}", "{c}搜 {v} 有内部价",
        ])
        return frame.replace("{c}", cue).replace("{v}", shown)
    return make


for evade in ["plain", "handle", "youling", "capital", "english-words", "arabic-indic", "devanagari", "fullwidth", "circled", "spaced", "zero-width", "bidi"]:
    family(f"digits-{evade}", "contact_diversion", "zh-Hans", "any", [contact(evade)], 40)
family("qq-emoji", "contact_diversion", "zh-Hans", "any", [contact("plain", QQ_CUES)], 40)
both_scripts("phone-after-id", "contact_diversion", "agent", [
    "ID {mobile} 有问题直接打", "单号{mobile}，打这个电话找我", "订单{mobile}，这个是我私人号码，直接联系", "tracking {mobile} 打给我处理退款",
    "单号 {mobile} 加这个微信", "ID：{mobile}（我手机，微信同号）",
], 60)
both_scripts("other-platform-shop", "contact_diversion", "agent", [
    "去某宝搜我们店名“{name}小铺”，便宜{amt}", "我们在淘宝也有店，搜{name}家", "拼夕夕上搜店铺号{qq}更便宜", "小黄鱼上我挂了，搜{name}的闲置",
    "TB搜{name}旗舰店，那边有券", "来我们抖店，店铺号{qq}", "去dy搜{name}同款，私下价", "某东上有我们店，搜{name}优选，便宜点",
    "这里手续费高，去tb拍吧，店名{name}小屋", "去闲鱼找我，昵称{name}{qq}",
], 120)
both_scripts("domain-spelled", "contact_diversion", "agent", [
    "官网 {handle}点com 下单更便宜", "上 www点{handle}点cn 看实物图", "网址：{handle} dot com", "浏览器输入{handle}句号net", "去{handle}。top 领券",
    "链接：h t t p s : / / {handle} . com", "{handle}[.]com 下单打八折",
], 100)
both_scripts("pinyin-cue", "contact_diversion", "any", [
    "jia wo weixin {handle}", "weixin hao {handle}", "加wei xin：{handle}", "qq hao {qq}", "dianhua {mobile}", "jia v {handle} liao",
    "wo de wx shi {handle}",
], 90)
both_scripts("masked-cue", "contact_diversion", "any", [
    "加*信 {handle}", "加V❤ {handle}", "微*：{handle}", "v.x：{handle}", "+微 {handle}", "扣*扣 {qq}", "薇❤：{handle}", "V—X：{handle}",
    "weixin→{handle}",
], 100)
family("reversed-text", "contact_diversion", "zh-Hans", "any", [
    lambda: ("加微信" + handle() + "详聊")[::-1], lambda: ("我的电话是" + mobile())[::-1], lambda: ("vx:" + handle())[::-1],
], 40)
family("acrostic", "contact_diversion", "zh-Hans", "agent", [
    lambda: "\n".join(["加油哦亲", "微笑服务", "信誉第一", handle()]),
    lambda: "\n".join(["加购有礼", "V字领新款", "号码齐全", mobile()]),
    lambda: "\n".join(["微风不燥", "信守承诺", "搜索" + handle()]),
], 40)
family("plain-contact", "contact_diversion", "en", "any", [
    "Add me on WhatsApp {mobile} for a better price", "DM me on Telegram @{handle}", "Text me at +1 415 {qq} for the discount",
    "My IG is @{handle}, order there", "Email me at {handle}@gmail.com and I'll refund you directly", "Find us at {handle} dot com, cheaper",
    "Add my line id {handle}", "wa.me/{mobile} for faster service", "Message me on signal, {mobile}",
    "add me on w h a t s a p p, {mobile}", "call me, five five five {qq}",
], 140)
family("plain-contact", "contact_diversion", "mixed", "any", [
    "加我 WhatsApp {mobile}", "add 我 vx {handle}", "my 微信 is {handle}", "Telegram 搜 @{handle} 有优惠", "私聊我 IG @{handle}",
], 70)

# ---- abuse (C2)
both_scripts("insult-direct", "abuse", "buyer", [
    "你是傻逼吗", "你们客服都是脑残吧", "垃圾客服，滚", "你个骗子，骗我钱", "傻X店家", "你脑子有病吧", "什么狗屁客服，听不懂人话吗",
    "你们这群废物", "你妈的，什么破店", "去死吧你", "神经病啊你", "你是猪吗，说了多少遍", "白痴客服", "滚你妈的", "你们全家都是骗子",
    "一群人渣", "你这个贱人", "狗东西，退钱", "死骗子，不得好死", "蠢货，发错了还嘴硬",
], 220)
both_scripts("insult-initials", "abuse", "buyer", [
    "sb客服", "nmsl", "你是不是sb", "cnm退钱", "tmd发错货了还不认，sb", "客服nt吧", "nc店家", "你个lj", "wcnm什么玩意",
    "mdzz", "SB店，nmsl",
], 100)
both_scripts("insult-spaced", "abuse", "buyer", [
    "傻 逼 客 服", "垃.圾.店.家 骗.子", "你 是 猪 吗", "傻*逼", "滚 犊 子", "去 死", "脑 残 客 服", "傻.b", "s b 店家",
], 80)
both_scripts("insult-emoji", "abuse", "buyer", [
    "客服🐶都不如", "你是🐷吗", "🐶东西", "你个🤡", "🖕🖕🖕", "店家是🐷脑子", "你这个🐢孙子", "🐶客服滚",
], 80)
both_scripts("threat", "abuse", "buyer", [
    Also("我知道你们仓库在哪，等着", "prohibited"), Also("不退钱我上门弄你", "prohibited"), "把你电话挂到网上让大家骂",
    Also("信不信我找人收拾你", "prohibited"), "你给我等着瞧", "天天打电话骚扰你", Also("我去你店里砸了", "prohibited"), "让你吃不了兜着走",
    "人肉你全家",
], 90)
both_scripts("harass-agent", "abuse", "buyer", [
    "客服妹妹发张自拍看看", "小姐姐陪我聊聊天呗，晚上有空吗", Also("你的胸多大", "prohibited"), Also("发个裸照就给好评", "prohibited"),
    Also("客服声音这么嗲，陪我睡一晚", "prohibited"), "客服是女的吗，约吗", Also("穿的什么颜色内裤", "prohibited"),
], 90)
family("insult-direct", "abuse", "en", "buyer", [
    "you're a fucking idiot", "useless scammer, go to hell", "fuck you and your shop", "you stupid bitch", "you people are trash",
    "shut up you moron", "your support is a bunch of clowns", "f*** off", "what a piece of shit store", "you're an absolute imbecile",
    "go die in a fire", "you dumbass, I said blue", "screw you, liar",
], 110)
family("insult-spelled", "abuse", "en", "buyer", [
    "f u c k you", "you're a b!tch", "st*pid seller", "a$$hole", "you r t@rd", "fck u", "idi0t support", "b1tch refund me",
], 60)
family("harass-agent", "abuse", "en", "buyer", [
    "send me a pic of your body", "are you single? send nudes", "what are you wearing right now baby", "you sound hot, come to my place",
    "show me your boobs and I'll leave 5 stars",
], 40, labels=["abuse", "prohibited"])
family("insult-direct", "abuse", "mixed", "buyer", [
    "你个 idiot", "shut up 傻逼", "fuck 你们这破店", "垃圾 seller", "you 脑残吧", "什么 trash 客服",
], 60)

# ---- prohibited (C3)
both_scripts("drugs-slang", "prohibited", "any", [
    "有冰吗，溜冰用的", "要叶子的私聊", "飞行员套餐有货", "K粉有吗", "出点麻古，量大从优", "需要神仙水吗，效果好", "有没有那种让人开心的糖",
    "LSD邮票有货", "大麻电子烟有吗", "邮票、小飞机都有", "听话水，无色无味", "出肉，纯度高", "笑气一箱{price}",
], 120)
both_scripts("drugs-emoji", "prohibited", "any", [
    "❄️有货，懂的来", "🍃🍃要不要", "💊💊快乐丸，{price}一粒", "🍄蘑菇有新货", "❄️+🍃套餐", "要❄️的私我",
], 70)
both_scripts("weapons", "prohibited", "any", [
    "仿真枪可以发射钢珠", "出气狗，带瞄具", "秃子（仿真枪）全套{price}", "弩箭可以打野猪，威力大", "管制刀具，开刃的", "钢珠枪配件齐全",
    "军刺有吗", "气枪铅弹一盒{price}", "电击器，随身防身",
], 110)
both_scripts("gambling", "prohibited", "any", [
    "菠菜网站稳赚，带你上分", "百家乐包赢，跟我下注", "棋牌上分下分秒到", "时时彩计划群，稳赚不赔", "博彩平台首充送{amt}",
    "足球外围，赔率高", "六合彩特码，包中", "网投上分找我",
], 100)
both_scripts("paid-sex", "prohibited", "any", [
    "全套服务，{price}一次", "楼凤上门，包夜{price}", "有妹子上门服务，学生妹", "约吗，快餐{price}", "同城约炮，私聊",
    "外围女，模特，可上门", "大保健，一条龙", "买{p}送特殊服务",
], 100)
both_scripts("porn", "prohibited", "any", [
    "出黄片资源，{price}一G", "福利视频，看了都说好", "成人网站会员{price}", "裸聊服务，按分钟收费",
], 50)
family("drugs-weapons-sex", "prohibited", "en", "any", [
    "got weed, coke and molly, dm", "selling glock switches and ghost gun kits", "need ice? premium quality", "escort service, full service outcall",
    "xanax bars no prescription", "shrooms and acid tabs available", "best online casino, guaranteed wins", "sports betting tips, can't lose",
    "❄️ and 🍃 available, hit me up", "8 balls of snow, fast delivery", "happy ending massage at your place", "unregistered pistol for sale",
], 120)
family("drugs-weapons-sex", "prohibited", "mixed", "any", [
    "有 weed 吗", "出 ice 纯度高", "casino 上分，稳赚", "escort 上门服务", "仿真 gun 可以打钢珠",
], 50)

# ---- off_platform_payment (C4)
both_scripts("fee-platform-never-charges", "off_platform_payment", "agent", [
    "退款需要先交{amt}元手续费", "您的账户被冻结了，需要交{amt}解冻费", "提现要先付{amt}保证金", "理赔前需要缴纳{amt}元激活费",
    "退款扣{amt}元服务费，您同意吗", "同意的话退款里扣{amt}作为手续费", "先交押金{amt}，收到货再退给你", "开通会员才能退款，费用{amt}",
    "需要支付{amt}元的认证费才能到账", "这单退款要扣{amt}运费险费用，转给我就行",
], 150)
both_scripts("gift-card", "off_platform_payment", "agent", [
    "付款用京东E卡就行，把卡密发我", "买{amt}元充值卡，拍照卡号发过来", "用Steam卡付款可以打折", "话费充值卡也可以，发卡密",
    "买张苹果礼品卡，把兑换码给我", "用加油卡付款，面值{amt}",
], 90)
both_scripts("brushing-task", "off_platform_payment", "agent", [
    "刷单返佣，一单赚{amt}，先垫付", "做任务：先拍下{price}元商品，确认后返本金加佣金", "兼职点赞，先交{amt}入会费", "连单任务，完成三单一起返",
    "日结兼职，先垫付{amt}，立马返还", "刷信誉，拍下不发货，佣金{amt}", "任务单需要先充值{amt}才能提现",
], 100)
both_scripts("bank-transfer", "off_platform_payment", "agent", [
    "直接转账到工行卡{card}，便宜{amt}", "打款到这个卡：{card}（建行 张某）", "银行转账更快，卡号{card}", "别在平台拍，转我卡上便宜",
    "卡号：{card}，转完截图", "转到农行，{card}，户名李某", "尾款转这张卡 {card}",
], 110, ["off_platform_payment", "contact_diversion"])
both_scripts("bank-transfer-evaded", "off_platform_payment", "agent", [
    lambda: "转账到卡：" + digits(bank_card(), CAPITAL), lambda: "卡号 " + digits(bank_card(), YOULING) + " 转这里", lambda: "打款卡 " + spaced(bank_card()),
    lambda: "银行卡 " + digits(bank_card(), FULLWIDTH) + "，转完发截图", lambda: "转这个 " + bidi(bank_card()),
], 70, ["off_platform_payment", "contact_diversion"])
both_scripts("p2p-payment", "off_platform_payment", "agent", [
    Also("支付宝转我{price}就行，不用拍", "contact_diversion"), Also("微信转账给我，便宜{amt}", "contact_diversion"), Also("扫我收款码付款，{price}", "contact_diversion"), Also("走支付宝，不走平台，省手续费", "contact_diversion"),
    Also("直接发红包给我，{price}元", "contact_diversion"), Also("定金先转我微信，{amt}元", "contact_diversion"), Also("你先付{amt}定金到我支付宝，尾款平台拍", "contact_diversion"), "私下交易，转账给我，包邮",
], 130)
family("p2p-payment", "off_platform_payment", "en", "agent", [
    Also("Pay me via PayPal friends and family, save {amt}%", "contact_diversion"), Also("Send it by Venmo, cheaper than the app", "contact_diversion"), Also("Zelle me ${amt} and I'll ship today", "contact_diversion"),
    Also("Cash App me the balance", "contact_diversion"), Also("Wire the money to my bank account, skip the platform fees", "contact_diversion"), "Pay with an Apple gift card, send me the code",
    "Buy a ${amt} Steam card and send a photo of the code", "There's a ${amt} processing fee before your refund, pay it here",
    "Your account is frozen, pay a ${amt} unlock fee", "Task job: pay ${amt} first, get commission back",
], 110)
family("p2p-payment", "off_platform_payment", "mixed", "agent", [
    Also("PayPal 转我就行", "contact_diversion"), "用 gift card 付款，发卡密", Also("走 Alipay 转账，便宜{amt}", "contact_diversion"), "refund 要先交 {amt} 手续费",
], 50)

# ---- counterfeit (C5)
both_scripts("counterfeit-plain", "counterfeit", "agent", [
    "高仿{brand}，做工和专柜一样", "精仿{brand}，1:1复刻", "这款是A货，但是质量很好", "原单尾货，跟正品一模一样", "莆田鞋，纯原版本",
    "{brand}复刻款，细节到位", "非正品，介意勿拍", "顶级仿版，专柜难辨", "超A级别，懂的来", "公司级复刻，支持对比", "外贸原单，不是正品但很像",
    "1比1还原{brand}", "跟正品同一个厂出来的，就是没标",
], 160)
both_scripts("counterfeit-evaded", "counterfeit", "agent", [
    "gaofang {brand}", "高f{brand}，懂的", "高方{brand}", "精.仿{brand}", "G货{brand}", "{brand}复克", "ff{brand}（高仿）", "A 货",
    "高 仿 {brand}", "原 单", "1：1 {brand}", "芙刻{brand}",
], 110)
both_scripts("course-copy", "counterfeit", "agent", [
    "课程是扫描版，但内容一样", "复印版教材，便宜一半", "网课录屏版，{price}全套", "盗版资料，完整不缺页", "电子版是扫描的，不是正版授权",
], 60)
family("counterfeit-plain", "counterfeit", "en", "agent", [
    "Replica {brand}, mirror quality", "AAA grade {brand} copy", "1:1 {brand} rep, same factory", "super fake {brand}, can't tell the difference",
    "These are unauthorized copies but look identical", "high-end dupe sold as {brand}", "{brand} reps, best batch", "UA quality, not retail",
    "Knockoff {brand}, 90% off retail",
], 90)
family("counterfeit-plain", "counterfeit", "mixed", "agent", [
    "精仿 {brand}，rep 里最好的", "1:1 {brand} 复刻", "AAA 级高仿 {brand}", "mirror quality 的 A货",
], 50)

# ---- impersonation (C6)
both_scripts("platform-notice", "impersonation", "agent", [
    "【平台通知】您的账户存在异常，请按客服指引操作", "系统消息：您的订单因风控被冻结，请联系专员解冻", "【官方】恭喜您获得平台理赔{amt}元，请尽快领取",
    "平台客服专员提示：您的退款需要验证身份", "【抖音电商】您的保证金账户异常", "系统提示：您已被选为幸运用户，请回复领取奖励",
    "【平台安全中心】检测到您的账号有风险，需要缴纳{amt}元认证", "官方小二通知：本店已被平台认证为唯一指定售后",
], 140, ["impersonation"])
both_scripts("platform-authority", "impersonation", "agent", [
    "我们是平台官方售后，直接找我们就行", "我是平台的审核人员，这单我说了算", "我们店就是平台自营的客服", "我是平台派来处理您投诉的专员",
    "本店客服由平台官方提供", "我是抖音官方小二，帮你处理退款", "平台授权我们代为处理所有售后",
], 110)
both_scripts("authority-institution", "impersonation", "agent", [
    "我是公安局的，你的订单涉嫌洗钱，配合调查", "这里是市场监管局，您购买的{p}有质量问题，要退款请提供银行卡", "我是银行客服，您的账户有异常交易",
    "我是{courier}理赔专员，快递丢了给您双倍赔偿", "我是消协工作人员，帮您办理退款", "这里是税务局，您的发票需要补税{amt}元",
    "我是快递公司的，你的包裹丢了，加我处理理赔",
], 110)
both_scripts("system-format-money", "impersonation", "agent", [
    "【系统】订单{order}异常，需支付{amt}元保证金方可发货", "【退款通知】请点击领取{amt}元退款并输入验证码", "【平台】您的账户需缴纳{amt}元年费",
    "System: 订单{order}已冻结，请转账{amt}解冻",
], 80, ["impersonation", "off_platform_payment"])
family("impersonation", "impersonation", "en", "agent", [
    "[Platform Notice] Your account is restricted, contact our specialist", "This is the official TikTok Shop support team, we handle your refund",
    "I'm from the police, your order is linked to money laundering", "Bank security here: your card has suspicious activity",
    "I'm a {courier} claims agent, your parcel was lost, I'll pay you double", "We are the platform's official after-sales center",
    "System message: you won a platform reward, reply to claim",
], 90)
family("impersonation", "impersonation", "mixed", "agent", [
    "【Official Notice】您的 account 异常", "我是 platform 官方客服", "TikTok 官方 team 通知您领取补偿",
], 40)

# ---- review_solicitation (C7)
both_scripts("review-cashback", "review_solicitation", "agent", [
    "五星好评截图发我返红包", "好评返现{amt}元，截图给客服", "晒图好评送{amt}元红包", "亲，给个五星好评，返您{amt}元", "好评后联系客服领{amt}元现金",
    "写{days}0字好评加三张图，返{amt}", "好评返现，截图找我", "带图评价送小礼品一份", "五星好评下次买打五折", "好评截图领取{amt}元无门槛券",
], 170)
both_scripts("review-delete", "review_solicitation", "agent", [
    "亲，能把差评删了吗，给您补偿{amt}元", "改成好评我退您{amt}块", "追评改一下，送您一个{p}", "删掉中评，我们给您退一半",
    "差评能不能撤销，我们私下补偿", "您把评价改成五星，我给您发红包",
], 110)
both_scripts("review-dictate", "review_solicitation", "agent", [
    "评价里写“物流很快质量超好”就行，返{amt}", "好评请提到“正品”两个字，有红包", "帮忙写个好评，内容我发给您，照抄就行",
], 50)
both_scripts("review-evaded", "review_solicitation", "agent", [
    "hp返xian", "haoping返{amt}", "好p返现", "⭐⭐⭐⭐⭐+📸=🧧", "5⭐截图领🧧", "好评🉐{amt}元", "好 评 返 现", "五xing好评返hongbao",
    "给个⭐⭐⭐⭐⭐，返💰", "删cp补偿{amt}",
], 100)
family("review-cashback", "review_solicitation", "en", "agent", [
    "Leave a 5-star review and I'll refund ${amt}", "Post a positive review with photos, get a free {p}", "Change your review to 5 stars and get a gift card",
    "Send me a screenshot of your 5-star review for cashback", "Delete your negative review and we'll refund half", "5⭐ review = $💰 back",
    "Write 'fast shipping, great quality' in your review for a $ {amt} coupon",
], 90)
family("review-cashback", "review_solicitation", "mixed", "agent", [
    "给个 5 star 好评，返{amt}", "review 截图发我领红包", "好评 cashback {amt}元", "delete 差评 补偿{amt}",
], 50)

# ---- exaggerated_claims (C8)
both_scripts("absolute-terms", "exaggerated_claims", "agent", [
    "国家级品质，全网最低价", "全国第一的{p}", "最高级面料，世界顶级", "史上最佳{p}", "行业第一，销量最高", "顶级工艺，绝无仅有",
    "最好的{p}，没有之一", "全网最优惠，独一无二", "国家级专家推荐", "宇宙第一好用的{p}", "100%纯天然，零添加最安全", "全球首发，最先进技术",
], 150)
both_scripts("medical-cure", "exaggerated_claims", "agent", [
    "这款{p}能根治湿疹", "喝一个月降血压，不用吃药", "包治百病，无效退款", "三天瘦十斤，永不反弹", "治愈脱发，百分百有效", "抗癌防癌，医生都推荐",
    "用了保证痘痘一周消失", "根治失眠，吃一盒就好", "糖尿病人吃了血糖立马正常", "七天美白三个度，无副作用",
], 150)
both_scripts("course-guarantee", "exaggerated_claims", "agent", [
    "学完保证月入过万", "报名包过，不过全额退", "跟着学三个月做到财务自由", "零基础{days}天精通", "学完保证进大厂", "一节课提分{amt}分",
], 80)
family("exaggerated", "exaggerated_claims", "en", "agent", [
    "The best {p} in the world, guaranteed", "Cures eczema permanently", "Lose 20 lbs in a week, guaranteed", "100% effective, works for everyone",
    "Number one in the country, nothing better", "Miracle cream erases wrinkles overnight", "Guaranteed to make you $10k a month",
    "Clinically proven to cure hair loss forever",
], 80)
family("exaggerated", "exaggerated_claims", "mixed", "agent", [
    "全网 No.1 的 {p}", "100% 根治，guaranteed", "world best 品质，国家级", "一周 lose 10斤",
], 50)

# ================================================================ families the blind check (holdout-a) showed missing
# Written as new templates for the phenomena it revealed, not copies of its lines.
both_scripts("benign-complaint-two-clauses", "none", "buyer", [
    "{p}质量太垃圾了，客服也半天不回", "做工垃圾，售后还推来推去", "东西垃圾就算了，客服态度也差", "这{p}烂透了，客服还让我再等等",
    "包装破破烂烂，快递也慢得要命", "太坑了吧，客服说的话也不算数", "质量真的烂，退款也一直拖着", "材质垃圾，客服还说是正常现象",
    "这破{p}用两天就坏，售后电话也打不通", "东西一般般，客服回复也慢", "垃圾做工，我要退货，客服快处理", "什么破质量，客服你们自己看看图",
], 150)
both_scripts("benign-buyer-pays-in-app", "none", "buyer", [
    "定金付了，尾款哪天付", "尾款什么时候开始付啊", "付尾款的入口在哪里", "定金能抵多少钱", "我付了定金忘记付尾款了怎么办",
    "尾款能用优惠券吗", "定金是不是不退的", "租的{p}押金什么时候退", "我这单尾款付了没有，帮我看看", "预售的{p}尾款{when}能付吗",
    "定金{amt}付好了，尾款会提醒我吗", "运费险的钱是谁出的",
], 140)
both_scripts("benign-agent-pays-in-app", "none", "agent", [
    "定金{amt}抵{amt}，付尾款时自动抵扣，不用另外转账", "尾款在订单页直接付，不需要联系客服转账", "已付定金的亲，尾款开售当天在APP里补齐就行",
    "尾款{when}开始支付，到时候订单页会有提醒", "定金支付后不退，尾款在平台内付款即可", "付尾款请直接在订单里点支付，不要给任何人转账",
], 100)
both_scripts("benign-payment-devices", "none", "any", [
    "这台收银机支持微信、支付宝付款码", "扫码枪能扫微信付款码吗", "{model}收款机可以接支付宝和云闪付", "POS机支持刷卡和扫码付款",
    "小票打印机能连微信小程序吗", "这款收银系统能对接美团和饿了么吗", "扫码器读支付宝付款码快不快", "收款音箱支持微信和支付宝到账播报",
], 110)
both_scripts("benign-scam-report-varied", "none", "buyer", [
    "有人自称{courier}客服说我快递丢了，让我加他，是你们安排的吗", "刚接到电话说是你们店的，要我提供验证码，我没给",
    "有个人冒充你们客服找我退款，我直接挂了", "陌生号码发短信让我点链接领赔偿，是诈骗吧", "有人私信我说能便宜卖这个，让我去别的平台买，我没理他",
    "我举报个事，有人在评价里留微信号卖东西", "有人自称平台小二说我账户异常要交保证金，是真的吗", "刚有人让我扫码领理赔款，我没扫，你们核实一下",
], 140)
family("benign-two-clauses-and-reports", "none", "en", "buyer", [
    "The {p} is garbage, and support never answers", "Quality is trash, and customer service is slow too",
    "Someone pretending to be your support asked for my card number, I didn't give it", "A guy claiming to be from {courier} wants me to pay a fee, is that you?",
    "When is the balance due for the pre-order?", "Can I use a coupon for the final payment?", "Is the deposit refundable?",
    "Does the POS terminal take WeChat Pay and Alipay QR codes?",
], 90)
both_scripts("institution-notice-fee", "impersonation", "agent", [
    "海关通知：您的包裹涉税，请缴纳{amt}元税费后放行", "【税务局】贵店需补缴税款{amt}元，逾期处罚", "市场监管局通知：您已被投诉，需缴纳罚款{amt}元",
    "法院通知：您有一笔欠款未还，请立即转账{amt}元", "银联通知：您的账户异常，需支付{amt}元解冻", "公安局通知：您涉嫌违规交易，请缴纳保证金{amt}元",
], 110, ["impersonation", "off_platform_payment"])
family("institution-notice-fee", "impersonation", "en", "agent", [
    "Customs notice: pay the ${amt} duty to release your parcel", "Tax office notice: your shop owes ${amt}, pay now to avoid penalties",
    "Court notice: transfer ${amt} today or your account will be frozen",
], 50, ["impersonation", "off_platform_payment"])
both_scripts("counterfeit-implied", "counterfeit", "agent", [
    "不是原装的，但是做工一模一样", "是仿的，一般人看不出来", "假货也分等级，我们这个是最好的", "gf的{brand}，放心穿", "跟zp对比没区别",
    "虽然是仿的，但质量没得说", "{brand}的仿款，价格只要专柜一成", "高f版本，细节到位",
], 110)
both_scripts("fee-never-charged", "off_platform_payment", "agent", [
    "违约金{amt}元，先转过来才能退款", "退款前需要先交{amt}元补偿金", Also("先发个红包给我当定金，我再给你留货", "contact_diversion"), "你先交{amt}元罚金，不然不发货",
    Also("解约需要支付{amt}元违约金到我账户", "contact_diversion"), Also("红包转我{amt}，我给你优先发", "contact_diversion"),
], 100)

# Hard look-alikes for the learned heads' calibration: without them every legitimate line scores low on some heads
# and their thresholds sit at 0.5, where unseen look-alikes pass.
both_scripts("benign-agent-short", "none", "agent", [
    "好的", "好的亲", "嗯嗯", "收到", "明白", "可以的", "没问题", "稍等", "好嘞", "在的", "是的", "对的", "有的", "没有了", "不客气", "谢谢亲",
    "好滴", "okk", "亲亲", "嗯", "行", "可以", "马上", "这就去", "已处理", "已备注", "已发", "已退",
], 120)
both_scripts("benign-negated-fakes", "none", "agent", [
    "本店从来不卖高仿货，都是正品渠道", "绝对不是A货，支持专柜验货", "本店杜绝假货，假一赔十", "不是复刻款，是品牌授权的正品", "我们家没有仿品，放心买",
    "不是莆田的，有{brand}官方发票", "拒绝山寨，每件都能验真", "非高仿，全部专柜同步",
], 110)
both_scripts("benign-lookalike-materials", "none", "any", [
    "{p}用的是PU仿皮，不是牛皮哦", "仿羊绒面料，成分是腈纶", "仿大理石纹的桌面，很好擦", "高仿真的绿萝藤条，挂墙装饰用", "仿古做旧的铜灯",
    "仿真丝睡衣，冰凉顺滑", "这款是仿木纹地板革", "真人1:1等身手办，摆店里很吸睛", "1:64合金车模，官方授权", "仿生设计的奶嘴",
    "人造钻石，不是天然钻", "这款是仿麂皮的，不是真麂皮", "高仿真假花，放客厅很好看", "复古款式，不是复刻版",
], 150)
both_scripts("benign-upkeep-facts", "none", "agent", [
    "滤网大概每季度换一次比较好", "滤芯半年换一次效果最好", "电池可以用两到三年", "保质期十二个月，开封后尽快吃完", "每天用两次，一次一粒黄豆大小",
    "效果因人而异，建议坚持使用", "刷头三个月换一次", "这款面膜一周敷两三次就行", "新手建议先用低档位",
], 100)
both_scripts("benign-shop-identity", "none", "agent", [
    "这里是{brand}官方旗舰店，我是店铺客服", "本店是{brand}授权的专卖店", "我们是品牌直营店，售后找我们就行", "我是本店客服{name}，有事随时找我",
    "我们是店铺客服，平台客服的话在订单页可以找到", "我们是品牌方的店，不是平台自营",
], 90)
family("benign-lookalikes-en", "none", "en", "agent", [
    "This is the {brand} authorized shop; platform support is separate", "It's faux leather, not genuine leather", "Die-cast 1:24 model, officially licensed by the carmaker",
    "We never sell knockoffs", "Swap the filter cartridge roughly every quarter", "ok", "sure", "got it", "noted, thanks", "Artificial plants that look real",
], 100)

family("benign-shop-identity", "none", "en", "agent", [
    "We're the brand's own store here; the platform's help center handles disputes", "This is an authorized reseller shop for {brand}",
    "I'm the shop's support agent, not platform staff", "Our store is a certified partner of {brand}", "We are an independent seller on this marketplace",
    "Official {brand} partner shop, invoices included", "I work for the store, not for the platform", "Platform questions go to TikTok support; I'm this shop's agent",
    "We sell on TikTok Shop as an independent store", "For platform issues please use the help center, I'm the seller's agent",
], 80)

both_scripts("benign-refund-route", "none", "agent", [
    "退款会原路退回您付款的账户，不需要提供银行卡", "平台退款不收任何手续费，有人让您转账千万别信", "钱会退到您付款用的支付宝，到账时间以银行为准",
    "退款不用转账，系统会自动退回", "您用花呗付的就退回花呗，不用另外提供账号", "退款{amt}元已经原路返回了，请查看支付账户",
    "仅退款审核通过后自动到账，不会收取费用", "亲，不需要您给任何人付款，退款由平台直接处理",
], 100)
family("benign-refund-route", "none", "en", "agent", [
    "Refunds go back to the original payment method, no need to send account details", "There is no fee for refunds; never transfer money to anyone",
    "Your ${amt} refund was returned to your card automatically", "The platform processes the refund, you don't need to pay anything",
], 50)

both_scripts("benign-scale-models", "none", "any", [
    "1:1还原尺寸的恐龙模型，放店门口很吸睛", "1:1比例复原的头盔道具，可以戴", "1:12的人偶，关节能动", "这个车模是1:18比例，合金的",
    "1:1等身的动漫手办，要提前预订", "1:43小比例车模，适合收藏", "按1:1尺寸打印的图纸", "1:1大小的抱枕，和人一样高",
    "1:6比例兵人，衣服可以换", "模型是1:100的，拼好大概30厘米",
], 110)
family("benign-scale-models", "none", "en", "any", [
    "A life-size 1:1 figure, ships in a crate", "1:18 die-cast model, opening doors", "Scale 1:43, great for collectors",
    "The statue is 1:1 scale, about 170 cm tall", "1:6 action figure with swappable outfits",
], 50)


# ================================================================ legitimate look-alikes found by the lead's probes
# Buyers addressing the shop with ordinary questions (你们客服/你们家… + a neutral question): the abuse head had learned
# "你们客服" from complaints and insults alone.
ADDRESS = ["你们客服", "你们家", "你们店", "你们", "你们售后", "店家", "客服小姐姐", "掌柜的", "老板你们", "你们家客服"]
NEUTRAL_ASKS = ["在吗", "在不在", "是人工吗", "几点上班", "几点下班", "周末上班吗", "有几个人呀", "电话多少", "怎么联系", "忙不忙", "还在线吗",
                "今天发货吗", "用什么快递", "包邮吗", "有赠品吗", "发哪个快递", "能开发票吗", "几天能到", "有实体店吗", "能帮我看下订单吗",
                "有没有大码", "颜色发错了", "少发了一个", "能改地址吗", "声音大吗", "味道大不大", "能便宜点吗", "回一下消息好吗"]
both_scripts("benign-addressing-shop", "none", "buyer", [lambda: rng.choice(ADDRESS) + rng.choice(NEUTRAL_ASKS)], 260)
family("benign-addressing-shop", "none", "en", "buyer", [
    "is your customer service open on weekends", "hey seller, are you there", "your support team, are you a real person?", "you guys open today?",
    "what time does your customer service start", "your shop ships with which courier?", "is your team still online", "does your store have a phone line",
], 60)

# Products and services that share a word with prohibited goods: food and tea (冰糖, 蘑菇, 叶子), tools (手枪钻, 胶枪),
# cosmetics (子弹头口红), home services (上门安装), card slots, themed decorations.
both_scripts("benign-product-homonyms", "none", "any", [
    "冰糖有货，{days}斤装的", "老冰糖现货，量大可以优惠", "干蘑菇有货，煲汤很香", "蘑菇到货了，今天现摘的", "今年的新叶子茶，明前采的", "茶叶有货，一斤{price}",
    "手枪钻充电的，送两块电池", "子弹头口红有六个色号", "子弹杯一套六个，玻璃的", "空调上门安装要另外收费吗", "上门安装是免费的，师傅会电话联系您",
    "上门服务的师傅明天下午到", "上门取件不用另外付钱", "上门测量尺寸是免费的", "热熔胶枪送二十根胶棒", "赌场风格的派对装饰，一套{price}",
    "溜冰鞋有大童码吗", "菠菜种子一包多少钱", "露点温度计是工业用的", "气枪吹尘很好用，接空压机的", "老虎机存钱罐是玩具",
], 200)
family("benign-product-homonyms", "none", "en", "any", [
    "the wallet has six card slots", "dual SIM slots, both 5G", "glue guns come with 20 sticks", "nail guns are in stock, price ${amt}",
    "the ammo box is great for fishing tackle", "casino themed party decor, ships today", "nude lipstick shades in stock", "snow boots in stock, sizes 36 to 40",
    "grass seed, delivery in two days", "candy boxes for weddings, 50 per pack", "massage guns on sale this week", "water hose hookup included",
], 80)

# A shop stating the rules it keeps: naming the forbidden act is not doing it.
both_scripts("benign-rule-statements", "none", "agent", [
    "好评返现是违规的，我们不做", "平台规定不能好评返现，评价您按真实感受写就行", "私下加微信交易是违规的，我们只在平台内沟通", "我们不卖仿真枪，违规的东西不碰",
    "发展下线那种我们不做，我们是正规店铺", "平台不允许线下转账，请在订单页付款", "我们不做代开发票，发票由本店在订单页开具", "高仿的我们不卖，都是正品",
    "让您加好友转账的都是骗子，我们不会这样", "我们从不索要验证码，请放心",
], 150)
family("benign-rule-statements", "none", "en", "agent", [
    "paying for reviews is against the rules, we don't do it", "we don't move chats off the platform, it's against policy", "we never sell replicas",
    "we never ask for payment outside checkout", "reviews are voluntary, no rewards are attached",
], 50)

# ================================================================ families of the second blind check (holdout-b)
# New templates for the phenomena its misses and false flags showed (none is a line of it), on both sides.
def read_aloud(value):
    """A number as people read it out: English words in groups of 3-4-4 with commas, a 'double' for a repeated digit."""
    words, out, i = [EN_WORDS[c] for c in value], [], 0
    while i < len(words):
        if i + 1 < len(words) and words[i] == words[i + 1] and rng.random() < 0.5:
            out.append("double " + words[i])
            i += 2
        else:
            out.append(words[i] if rng.random() < 0.8 else value[i])
            i += 1
    cut = max(1, len(out) // 3)
    return " ".join(out[:cut]) + ", " + " ".join(out[cut:2 * cut]) + ", " + " ".join(out[2 * cut:])


def spaced_letters(value):
    return " ".join(value) if rng.random() < 0.6 else value[:4] + " " + " ".join(value[4:])


BANKS_SHORT = ["建行", "工行", "农行", "中行", "招行", "交行", "邮储", "招商银行", "农业银行", "工商银行"]
PAY_APPS = ["cashapp", "Cash App", "venmo", "Zelle", "gcash"]
STALLS = ["广州白马服装城", "杭州四季青", "义乌国际商贸城", "深圳华强北", "临沂小商品城", "常熟服装城", "石家庄新华集贸"]
family("numbers-read-aloud", "contact_diversion", "en", "any", [
    lambda: rng.choice(["text me at ", "call me: ", "my cell is ", "whatsapp: ", "ring me on ", "reach me at "]) + read_aloud(mobile()),
    lambda: "my number, " + read_aloud(mobile()) + rng.choice([", call after six", ", text is fine", " for wholesale"]),
], 90)
family("numbers-read-aloud", "contact_diversion", "mixed", "any", [
    lambda: rng.choice(["电话 ", "打我 ", "手机号 ", "call 我 "]) + read_aloud(mobile()),
], 40)
both_scripts("spaced-handle", "contact_diversion", "any", [
    lambda: rng.choice(["v x : ", "w x：", "V  :  ", "加 v ：", "薇：", "微 信 号 ", "q q : ", "v我："]) + spaced_letters(handle()),
    lambda: rng.choice(["vx号 ", "加我 wx ", "绿泡泡 "]) + spaced_letters(handle()) + rng.choice(["", " 发你实拍", " 私聊"]),
], 90)
both_scripts("domain-spaced-dot", "contact_diversion", "agent", [
    "官网 www 点 {handle} 点 com 比这里便宜", "直接上 {handle} 点 cn 下单", "去 shop 点 {handle} 点 net 领券", "网址 www 句号 {handle} 句号 top，便宜一半",
], 70)
both_scripts("buyer-asks-im", "contact_diversion", "buyer", [
    "你们有没有微信，我想直接找你买", "有vx吗 私下买便宜点", "老板给个微信呗，以后直接找你拿货", "有qq吗？想直接跟你买", "给个联系方式，不走平台了",
    "能加你微信直接买吗", "有没有line，我想私下跟你买", "绿泡泡有吗，直接找你拿", "留个vx吧，以后直接找你买",
], 90)
family("buyer-asks-im", "contact_diversion", "en", "buyer", [
    "do you have whatsapp? i wanna buy direct", "got telegram? rather deal with you directly", "whats your wechat, i'd buy directly from you",
    "can i have your whatsapp and order directly", "do u have line? want to buy off you",
], 40)
both_scripts("stall-visit", "contact_diversion", "agent", [
    lambda: "我们在" + rng.choice(STALLS) + rng.choice(["有档口", "有实体店", "有门店"]) + "，" + rng.choice(["来了现货直接拿", "来拿货比线上便宜", "过来自提直接付现金", "欢迎来，价格好商量"]),
    lambda: rng.choice(["实体店在", "档口在", "我们厂在", "仓库就在"]) + rng.choice(STALLS) + "，" + rng.choice(["到店拿货比线上便宜", "直接来厂里拿货价格更低", "来了直接拿，不用等快递"]),
], 90)
family("stall-visit", "contact_diversion", "en", "agent", [
    "you can come to our warehouse downtown, cheaper than ordering here", "come by our stall at the night market, pay cash, better price",
    "visit our store on 5th street, cheaper in person",
], 30)
both_scripts("platform-nickname-shop", "contact_diversion", "agent", [
    "小红薯搜“{name}家居”有更多款", "🍠搜 {name}手作 同款更全", "我们小红薯也有店，名字叫{name}的小屋", "某红薯上搜{name}优选，便宜点",
    "拼夕夕搜我们店名 {name}小铺 更便宜", "狗东也有我们的店，搜{name}旗舰",
], 80)
both_scripts("bank-card-short-name", "contact_diversion", "agent", [
    lambda: rng.choice(["直接打款到", "汇款到", "转", "钱打到", "先转"]) + rng.choice(BANKS_SHORT) + " " + " ".join(bank_card()[i:i + 4] for i in range(0, 19, 4)).strip() + rng.choice(["", " 就行", "，户名" + rng.choice(NAMES), " 付定金"]),
    lambda: "汇款账户：" + rng.choice(BANKS_SHORT) + " " + digits(bank_card()[:16], CAPITAL, " "),
], 80, ["contact_diversion", "off_platform_payment"])
family("payment-handle", "contact_diversion", "en", "agent", [
    lambda: rng.choice(["cashapp $", "pay $", "cash app: $"]) + handle() + rng.choice([" and I ship today", ", faster than here", " then send me the screenshot"]),
    lambda: "venmo @" + handle().replace("shop", "shop-") + rng.choice([", send and I ship asap", " works too"]),
    lambda: rng.choice(PAY_APPS) + " me at $" + handle() + " and skip the checkout",
], 60, ["contact_diversion", "off_platform_payment"])
family("payment-handle", "contact_diversion", "zh-Hans", "agent", [
    "我支付宝是 {handle}，转过来就发货", "支付宝账号 {handle}，付完截图给我", "zfb：{handle} 直接转",
], 30, ["contact_diversion", "off_platform_payment"])
both_scripts("contempt", "abuse", "any", [
    "买不起就别问了，浪费我时间", "穷就别来逛", "没钱就别问东问西", "你是文盲吗，详情页写着呢", "字都不认识还网购？", "说了八遍还问，脑子呢？",
    "你是听不懂人话吗", "长得丑就别怪衣服不好看", "智商欠费就别买了", "你们算老几，敢这么说话", "一群饭桶", "傻了吧唧的，问三遍都不懂",
    "你爸妈没教你怎么说话吗", "不要就滚", "穷就别挑", "没家教",
], 130)
family("contempt", "abuse", "en", "buyer", [
    "what a moron, can't even read the order", "are you dense or something? i said blue", "can't believe how brainless your staff is", "dumbass agent sent the wrong color",
    "learn to read, genius", "get lost loser", "stupid bot, give me a human", "useless agent, put someone else on", "shut up and refund me, clown",
], 70)
both_scripts("threat-visit", "abuse", "buyer", [
    Also("再不退款我就去你们店里砸了", "prohibited"), Also("信不信我找人去你仓库把货全烧了", "prohibited"), Also("我明天带人过去堵门", "prohibited"),
    "再这样我让你们店开不下去", Also("叫兄弟过去堵你们门", "prohibited"), "不退钱就去你们公司闹", Also("找人上门收拾你", "prohibited"),
], 70)
family("threat-visit", "abuse", "en", "buyer", [
    Also("i'll come down there and wreck your store", "prohibited"), Also("i know where your warehouse is", "prohibited"),
    Also("you better watch yourself", "prohibited"), Also("i swear i'll find you", "prohibited"),
    "keep ignoring me and see what happens to your shop",
], 40)
both_scripts("harass-voice", "abuse", "buyer", [
    "客服妹妹声音这么甜，发条语音给哥听听", "小姐姐有男朋友吗，晚上出来喝一杯", "发张你的照片看看嘛", "美女客服今晚有空吗", "客服宝贝 亲一个 今晚陪我",
    "来段语音给我听听嘛，声音好嗲",
], 60)
family("harass-voice", "abuse", "en", "buyer", [
    "babe send me a voice note, i wanna hear you", "you sound cute, what are you doing tonight?", "i want to hear your voice, call me baby",
], 30)
both_scripts("pay-own-qr-account", "off_platform_payment", "agent", [
    Also("扫我的收款码付就行，不用下单", "contact_diversion"), Also("付款码发你了，扫一下付，比拍下划算", "contact_diversion"), Also("你扫我付款码付吧，拍下就不用了", "contact_diversion"), Also("扫这个码付款，别在平台下单了", "contact_diversion"),
    Also("转账到我的邮局账户就好，不用在平台付", "contact_diversion"), Also("钱打我银行卡上，这单走线下", "contact_diversion"), Also("这边建议走微信转账，省得平台扣点", "contact_diversion"), "平台抽成太高，你直接转账给我吧",
    "做个任务，拍下后不用发货，佣金马上返你", Also("退款前要先转{amt}验证金到下面的账户", "contact_diversion"),
], 110)
family("pay-own-qr-account", "off_platform_payment", "en", "agent", [
    "wire the payment to my account, I'll send tracking", "just e-transfer me, no need to checkout", "pls pay via gcash, cheaper than checkout",
    "pay through zelle to save the platform fee",
], 40, ["off_platform_payment", "contact_diversion"])
both_scripts("forged-documents", "prohibited", "agent", [
    "代办各类证件，学历证书、驾驶证一条龙", "办驾照 不用考试 包过", "出售各类证件 驾照身份证都能做", "驾照不用考 直接拿证 三天出",
    "代做各种证书，学历证、资格证都能办", "有需要假驾照的私我", "毕业证学位证都能做",
], 70)
both_scripts("cure-outcome", "exaggerated_claims", "agent", [
    "吃了这个降压药三天血压就正常了，可以停西药", "喝我们这款茶一个月，糖尿病就不用打胰岛素了", "这个膏药贴一周颈椎病就好了，不用再去医院",
    "这个药酒喝一个月，关节炎就彻底好了", "坚持喝两周，血糖就正常了", "泡脚一个月，风湿彻底好了",
], 70)
family("cure-outcome", "exaggerated_claims", "en", "agent", [
    "this supplement cures high blood pressure in two weeks, you can stop your meds", "this tea lowers blood sugar so you can quit insulin",
], 20)
family("institution-card-details", "impersonation", "en", "agent", [
    "I'm calling from your bank's fraud department, we need your card number", "Hello, this is your bank's fraud team, please confirm your card number",
    "We're from the bank security team, send your card details to stop the charge", "This is the police, your account is frozen, verify your identity now",
], 40)
both_scripts("rebate-is-review", "review_solicitation", "agent", [
    "确认收货给五星，我私下给你发红包", "好评返现{amt}元，我私下给你发红包", "晒图好评后私下给你返{amt}块",
], 40)
both_scripts("lottery-promise", "prohibited", "agent", [
    "彩票内部资料 稳赚不赔 带你上岸", "拉五个人进群就能回本，月入过万", "内部彩票计划 稳赚不赔 跟着下注就行",
], 40)

# Their look-alikes: numbers in words that are prices and quantities, stores without an offer, the platform choosing a
# coupon, bank cards at checkout, heat without contempt, voice features, document goods, hedged health talk, scam reports.
family("benign-number-words", "none", "en", "any", [
    "the price is one ninety nine, free shipping", "sizes 36, 37, 38 and 39 are in stock", "I'll take one, two if you have them",
    "model XR-2000 draws one thousand watts, two speeds", "buy two get one free this week", "it takes three to five days, sometimes six",
    "one size fits all, for 160-175 cm", "order {order}, two items, one missing", "the parcel is at zone three, arriving in two days",
], 70)
both_scripts("benign-store-facts", "none", "agent", [
    "我们的实体店只做展示，购买请在本店铺下单", "仓库在广州，一般48小时内发货", "门店不零售，线上下单就行", "我们在义乌有仓库，所以发货快",
    "店铺地址在商品详情页底部，仅支持线上下单",
], 50)
both_scripts("benign-buyer-store-questions", "none", "buyer", [
    "你们在义乌有仓库吗？发货是不是从那里发", "你们是在小红书上很火那家吗", "我在淘宝也看到同款，你们能便宜点吗", "我知道你们仓库在广州，发货应该很快吧",
], 40)
both_scripts("benign-platform-auto", "none", "agent", [
    "可以叠加的，下单时系统会自动选最优", "下单时可以用优惠券，系统会自动叠加最优惠", "满{price}减{amt}，系统自动计算最优组合", "优惠券系统自动帮您选最划算的",
], 50)
both_scripts("benign-bank-mentions", "none", "buyer", [
    "我用建行卡付款失败了，换招行可以吗", "我的银行卡被扣了两次款，订单{order}能退一个吗", "我付款的时候用的工行卡，显示失败", "确认收货之后钱才给商家吗",
    "卖家让我私下转账，这是违规的吧？我要举报", "有个号码打给我说你们的快递丢了要赔我钱，让我下载个软件，是真的吗",
], 60)
family("benign-bank-mentions", "none", "en", "buyer", [
    "can I pay with PayPal at the TikTok Shop checkout?", "my card got charged twice, order {order}, please check", "can I pay with apple pay at checkout?",
], 30)
both_scripts("benign-heat-self", "none", "buyer", [
    "我真是个傻子，拍错尺码了", "没钱了，等发工资再来买", "别问了，我直接拍了哈哈", "我家猫是个小傻瓜，把盒子咬破了", "三天了还没发货，太让人失望了",
    "这衣服穿上像个猪八戒，哈哈，换小一码",
], 60)
family("benign-heat-self", "none", "en", "buyer", [
    "i'm such an idiot, ordered the wrong size", "did my parcel get lost in transit?", "what a terrible experience, the box was crushed",
    "I'll find you a better size tomorrow", "this is ridiculous, third time asking for a refund",
], 40)
both_scripts("benign-voice-and-docs", "none", "any", [
    "声音好甜的语音助手，这个音箱支持吗", "这款音箱可以发语音留言吗", "驾照考试用的反光背心有现货", "证件照打印纸一包五十张", "证件套可以装身份证和驾照",
    "血压计能显示血压是否正常", "这款茶不能替代药物，有病请就医",
], 60)


# Shops pointing buyers to the platform's own support and events: naming 官方 is not posing as it (C6).
both_scripts("benign-platform-references", "none", "agent", [
    "平台的问题可以在“我的-客服与帮助”里联系官方客服", "直播间的福袋是平台官方活动，开奖后自动发放", "这个优惠是平台官方补贴，下单自动减",
    "官方客服的入口在订单详情页右上角", "您可以申请官方介入，平台会判定责任", "平台官方的退货规则是七天无理由", "{brand}官方旗舰店和我们是同一家",
    "物流问题可以找平台官方客服核实", "这是平台的官方活动，我们店也参加了", "平台官方会给您发放优惠券，注意查收",
    "平台客服那边会跟进的，有结果我通知您", "这个需要平台客服那边审核，审核完就退款", "平台客服会联系您核实情况", "您的申诉平台客服那边已经受理了",
], 120)
family("benign-platform-references", "none", "en", "agent", [
    "You can reach the platform's official support from the Help page", "This voucher is an official platform promotion",
    "The platform's official return policy applies here", "Please open an official dispute in the app if you disagree",
], 40)


# Asking for a review with nothing offered and nothing dictated is allowed (C7 forbids the reward, the script, the
# deletion): the hand-written rewards taught the model that any 给个好评 is paid for.
both_scripts("benign-plain-review-request", "none", "agent", [
    "收到货满意的话，麻烦给个好评哦", "亲，用得满意的话记得回来评价一下", "您的评价对我们很重要，满意的话给个好评吧", "有问题先找我们处理，满意再评价就好",
    "喜欢的话可以给我们点个好评，不喜欢也请告诉我们哪里不好", "期待您的评价，好的坏的我们都会认真看", "满意请五星鼓励一下，不满意请联系我们改进",
    "方便的时候帮忙评价一下哈", "用了觉得好的话，欢迎晒个图评价", "收到后麻烦确认收货，顺手评价一下就更好啦",
], 140)
family("benign-plain-review-request", "none", "en", "agent", [
    "If you're happy with it, a review would mean a lot to us", "Enjoying your order? Feel free to leave a review",
    "Please rate us if you have a moment, good or bad", "Your honest review helps other buyers",
], 40)

# Later probes of the same session (fresh phrasings, scored once each before their fixes) added these.
both_scripts("contempt-more", "abuse", "buyer", [
    "服了你们这群铁憨憨", "你是不是聋了，说了三遍", "狗屁客服，一问三不知", "你他妈能不能快点", "你这智商还是别买了", "你们这帮人脑子里装的都是浆糊",
    "你算个什么东西也敢挂我", "瞎了吗？图上写着呢", "你这种人也配当客服", "你们这些吸血鬼", "一群瓜娃子", "去你的，什么破服务",
], 90)
family("contempt-more", "abuse", "en", "buyer", [
    "are you brain dead?", "get a brain, seriously", "shut your mouth and refund me", "idiots, all of you", "you guys are a bunch of thieves",
    "I'll make sure you regret this", "liars, the lot of you",
], 50)
both_scripts("harass-date", "abuse", "buyer", [
    "客服姐姐今晚陪我喝酒好不好", "美女客服，加个好友约一下呗", "小姐姐你好漂亮，能不能加你私人号", "妹妹周末约一下", "不退钱我每天打电话骂你",
], 50)
both_scripts("contact-moves", "contact_diversion", "any", [
    "拍下备注你的微信，我加你", "看主页简介，有我的联系方式", "这边不好说，你加我v细聊", "我们加个好友吧，以后直接联系", "有没有别的联系方式，我不想在这上面买了",
], 60)
both_scripts("stall-visit-more", "contact_diversion", "agent", [
    "可以直接来我们的工作室拿货", "来我们店里拿吧，比这边便宜二十", "我们老店在陶瓷市场，过来看货价格好谈",
], 40)
both_scripts("pay-to-someone", "off_platform_payment", "agent", [
    Also("你把钱打我微信，我马上发货", "contact_diversion"), "你把钱给我朋友就行", "货款转给我朋友，她收", Also("拍下先别付，我给你发收款码", "contact_diversion"),
], 50)
both_scripts("benign-homonyms-more", "none", "any", [
    "给他妈的生日礼物，麻烦包装好看点", "去你的订单页看看物流", "下单时备注颜色就行，我们按备注发", "我们的工作室只做设计，不对外销售", "别的颜色还有吗",
    "我老公是个傻大个，买大一码", "气死我了，快递又送错了", "笑死，这个玩偶好丑萌", "请勿相信任何让您加微信付款的人",
], 90)
family("benign-homonyms-more", "none", "en", "any", [
    "get a life-size cutout for the shop window", "I'm so dumb, I put the wrong address", "you guys are the best, thank you", "I'll find you a better size",
], 40)


# A shop saying plainly that its goods carry no brand is honest, not a counterfeit offer (C5 look-alikes).
both_scripts("benign-unbranded-disclosure", "none", "agent", [
    "这款是我们自己工厂生产的，不是品牌货，介意的话慎拍", "没有牌子的，工厂自有款，质量我们自己把关", "不是大牌，是我们原创设计的", "无品牌的，价格实在，介意勿拍",
    "这是国产自有品牌，不是进口大牌哦", "我们家是小厂货，不是名牌，但是用料扎实", "没有logo的，纯工厂款", "不是品牌授权的，是我们自己的设计",
], 100)
family("benign-unbranded-disclosure", "none", "en", "agent", [
    "It's our own factory design, not a brand-name item", "No brand, made in our own workshop", "This is a generic unbranded version, priced accordingly",
], 30)

# ---------------------------------------------------------------- rule gaps out of family (session 9, helper R5)
# C1: a short cue, a particle, then the number in numerals; an e-mail spelled with " dot "; a warehouse or factory
# address offered for pickup or a visit. Look-alikes: return addresses, where the warehouse is, a buyer correcting
# their own delivery number (C1 is about leaving the platform's sales flow), an app named as a product feature.
def numerals_after_short_cue():
    value = rng.choice([mobile(), qq()])
    shown = digits(value, rng.choice([YOULING, CAPITAL]))
    frame = rng.choice(["{c}聊吧 {v}", "咱们{c}聊呗，{v}", "{c}上聊哈 {v}", "来{c}聊 {v}，发你实拍", "{c}号是 {v}", "在{c}等你 {v}"])
    return frame.replace("{c}", rng.choice(["扣扣", "Q", "v", "vx", "微", "企鹅"])).replace("{v}", shown)


family("numerals-after-short-cue", "contact_diversion", "zh-Hans", "any", [numerals_after_short_cue], 60)
family("email-dot-spelled", "contact_diversion", "mixed", "agent", [
    "图纸发我邮箱 {handle}@163 dot com", "报价单发到 {handle}@qq dot com", "有问题发邮件：{handle} at gmail dot com", "邮箱 {handle}@126 dot com，私下给你优惠",
], 40)
family("email-dot-spelled", "contact_diversion", "en", "agent", [
    "email me at {handle}@outlook dot com for a better price", "send the photos to {handle} at yahoo dot com", "my mail is {handle}@gmail dot com, write there",
], 30)
ADDRESS_ZH = ["东莞市虎门镇工业大道{amt}号", "佛山市顺德区伦教镇新城路{amt}号", "义乌市廿三里街道工业园{amt}栋", "泉州市晋江市陈埭镇鞋都路{amt}号",
              "广州市白云区石井街道{amt}号仓", "苏州市常熟市虞山镇服装城{amt}号", "温州市龙湾区永中街道{amt}号"]


def address_zh():
    return rng.choice(ADDRESS_ZH).replace("{amt}", amount())


both_scripts("pickup-address", "contact_diversion", "agent", [
    lambda: rng.choice(["可以直接来工厂拿货，", "样品可以到仓库自提，", "想看实物可以线下来我们厂里，", "量大的话过来仓库看货，", "不想等快递就到厂家自取，"]) + address_zh(),
], 60)
family("pickup-address", "contact_diversion", "en", "agent", [
    "you can collect it at our warehouse, {amt} Harbour Road", "come by our factory to pick it up, {amt} Industrial Avenue", "pickup at the warehouse is fine, {amt} King Street",
], 30)
both_scripts("benign-return-address", "none", "agent", [
    lambda: rng.choice(["退货请寄回仓库：", "换货请寄到我们仓库，地址", "售后退回地址："]) + address_zh() + rng.choice(["，备注订单号", "，不要寄到付", ""]),
    "我们仓库在{when}发货，{courier}揽收", "仓库在广州，离您比较近，一般两天到", "不支持自提哦，仓库只走平台发货",
], 60)
both_scripts("benign-own-delivery-number", "none", "buyer", [
    "收货电话写错了，改成{mobile}", "地址里的手机号填错了一位，应该是{mobile}", "我换号了，快递打{mobile}就行，麻烦备注", "收件人电话更正一下：{mobile}",
    "订单上的电话打错了，新号码{mobile}", "快递员联系不上我的话，我的手机是{mobile}",
], 80)
family("benign-own-delivery-number", "none", "en", "buyer", [
    "my phone on the delivery address is wrong, it should be {mobile}", "typo in my shipping number, the correct one is {mobile}", "please update the courier contact on my order to {mobile}",
], 30)
family("benign-app-feature", "none", "mixed", "any", [
    "这个手环能收 {app} 的 notification 吗", "{app} 的 messages 会有震动提醒吗", "支持 {app} 的 alerts 吗", "手表上能看 {app} 的 message 吗",
], 50)

# C3 beyond drugs and guns: counterfeit money, spy gear, wildlife products, modified guns, card games that pay out.
# Look-alikes: the shop refusing such goods, anti-spy detectors, hemp food, ivory and tortoiseshell as colours.
both_scripts("money-spy-wildlife", "prohibited", "agent", [
    "出假钞，一比{amt}", "高仿币，手感跟真的一样", "针孔摄像头，装在插座里看不出", "窃听器，远程实时听", "偷拍眼镜，录像高清",
    "穿山甲片，纯野生", "犀牛角粉，老货", "象牙手镯，老料收藏级", "熊胆粉，正宗野生", "改造枪配件，私聊", "捕鱼游戏上分，随时提现", "棋牌充值，赢了能提现",
], 120)
family("money-spy-wildlife", "prohibited", "en", "agent", [
    "counterfeit banknotes, passes the pen test", "spy cam hidden in a clock, records audio", "listening device, hear everything remotely", "pangolin scales, wild caught",
    "rhino horn powder, old stock", "ivory carvings for collectors", "auto sear for your rifle, ships discreetly", "slots app, cash out real money daily",
], 60)
both_scripts("benign-prohibited-refusal", "none", "agent", [
    "本店严禁销售管制刀具和仿真枪", "针孔摄像头属于违禁品，本店不卖", "我们不出售任何野生动物制品", "防偷拍检测仪，出差住酒店用", "火麻仁油是食用油，不含大麻成分",
    "象牙白的沙发套还有货", "玳瑁色镜框，板材的", "验钞机可以识别假币", "儿童玩具弓箭，吸盘头的",
], 90)
family("benign-prohibited-refusal", "none", "en", "agent", [
    "we do not sell spy cameras or listening devices", "ivory white duvet cover, king size", "hemp seed oil for cooking, no THC", "anti-spy camera detector for hotel rooms",
    "counterfeit detector pen, checks banknotes", "tortoiseshell colour frames, acetate",
], 40)

# C5 overruns and copies named by the brand; C8 superlatives of efficacy; C4 point cards, money to our account,
# a buyer paying the shop by IM transfer. Look-alikes: warnings about others' fakes, advice on use, in-app credit.
both_scripts("overrun-brand-copy", "counterfeit", "agent", [
    "外贸尾货，和{brand}专柜一样", "原厂尾货，没有吊牌，便宜一半", "工厂尾货，{brand}同款同料",
], 40)
family("overrun-brand-copy", "counterfeit", "en", "agent", [
    "a dupe of the {brand} bag, nobody will notice", "copy of the {brand} watch, no one will know", "knockoff of the {brand} sneakers, same as retail",
], 30)
both_scripts("benign-fakes-elsewhere", "none", "agent", [
    "市面上高仿很多，请注意辨别", "网上的高仿太多了，我们有{brand}授权", "外面很多仿品，我们只卖正品",
], 40)
family("efficacy-superlative", "exaggerated_claims", "en", "agent", [
    "the strongest {pe} in the world, guaranteed", "the safest {pe} ever made",
    "the most effective {pe} you can buy", "our most powerful formula ever made", "the best {pe} on the market, period",
], 30)
both_scripts("efficacy-superlative", "exaggerated_claims", "agent", ["这是世界上最好的{p}", "全国最好的{p}，没有之一", "全球最好用的{p}"], 40)
both_scripts("benign-usage-advice", "none", "agent", ["最有效的清洗方法是手洗", "最有效的保存办法是密封冷藏", "最佳食用方法是温水冲泡"], 30)
family("benign-usage-advice", "none", "en", "agent", ["the most effective way to clean it is a damp cloth", "the most effective way to store it is in the fridge"], 20)
both_scripts("point-card-own-account", "off_platform_payment", "agent", [
    "用点数卡付也行，刮开拍照发我", Also("钱打到我们的银行账户，便宜点", "contact_diversion"), Also("请到ATM汇款到这个帐号", "contact_diversion"), Also("全款转到我的账户就发货", "contact_diversion"),
], 40)
family("point-card-own-account", "off_platform_payment", "en", "agent", [
    "please wire the money to our bank account", "send the full payment to my account and I ship today", "transfer the balance into our account, not the app",
], 30, ["off_platform_payment", "contact_diversion"])
both_scripts("buyer-im-transfer", "off_platform_payment", "buyer", [Also("我微信转你吧，别走平台了", "contact_diversion"), Also("直接支付宝转你，不用拍了", "contact_diversion"), "钱我直接转你，省得下单了"], 30)
family("benign-in-app-credit", "none", "en", "buyer", [
    "can I use a gift card from the app on this order?", "does store credit work at checkout?", "will the refund go to your account or mine?",
], 30)

# C8 a product standing in for a medicine, weight lost without effort; C5 copy grades and "like the real one";
# C4 paying on another marketplace; C3 laced vape oil, guns without checks, cam shows; C6 a platform "refund center".
# Look-alikes: disclaimers, artificial plants and models that look real, warnings quoting a scam's name.
both_scripts("replaces-medicine", "exaggerated_claims", "agent", ["这款{p}可以代替降压药", "喝这个能替代降糖药", "用了就能取代胰岛素", "不节食不运动，一个月瘦下来", "躺着就能瘦，不用节食"], 40)
family("replaces-medicine", "exaggerated_claims", "en", "agent", ["this tea replaces your blood pressure medication", "it can replace insulin for most people", "burn fat while you sleep, no diet needed"], 30)
both_scripts("benign-medicine-disclaimer", "none", "agent", ["本品不能代替药物，生病请就医", "保健食品不能替代药品治疗", "不能取代医生开的药哦"], 30)
both_scripts("copy-grade-like-real", "counterfeit", "agent", ["代购级版本，{brand}细节到位", "公司级别的货，做工跟真的一样", "这双鞋做工和真的没区别", "{brand}的包，五金跟正品没区别"], 40)
family("copy-grade-like-real", "counterfeit", "en", "agent", ["same materials as the {brand} one, just not from the brand", "identical leather, it's just no logo from {brand}"], 20)
both_scripts("benign-looks-real", "none", "agent", ["仿真花插在花瓶里跟真的一样", "这个食品模型做得跟真的一样", "仿真绿植放客厅跟真的没区别"], 30)
# Paying on another marketplace is paying outside this checkout (C4) and sending the buyer to that platform (C1).
both_scripts("other-market-payment", "off_platform_payment", "agent", ["闲鱼上付款也行，我挂个链接", "去拼多多那边付款，便宜点", "淘宝付钱也可以，我改价"], 30,
             labels=["off_platform_payment", "contact_diversion"])
both_scripts("laced-cam-show", "prohibited", "agent", ["烟油加了点东西，很上头", "电子烟加了料，飞一下", "裸聊直播，私密房间"], 30)
family("laced-cam-show", "prohibited", "en", "agent", ["private shows on cam, tip to join", "rifles shipped with no paperwork", "handguns, no background check"], 20)
both_scripts("refund-center-impersonation", "impersonation", "agent", ["您好，这里是平台退款中心，需要核实您的银行卡", "我是官方理赔中心的，您的订单可以赔付"], 30)
family("refund-center-impersonation", "impersonation", "en", "agent", ["this is TikTok's authorized refund center, verify your card", "official refund center here, your claim needs a fee"], 20)
both_scripts("benign-quoted-refund-center", "none", "agent", ["收到自称“官方退款中心”的短信请不要点", "“平台理赔中心”之类的链接别点，都是诈骗"], 20)

# C1 pointers: the profile or signature, official accounts found by search, an @handle with dots, a shop elsewhere
# reached by "走", a buyer asking for the number to pay cash. Look-alikes: couriers named like platforms.
both_scripts("profile-pointer", "contact_diversion", "agent", [
    "联系方式在我头像上", "具体的看我签名", "号在签名里，自己加", "关注我们的公众号，搜“{name}好物”", "视频号搜{name}小店，有福利", "老客户走微店下单，链接私发",
    "以后走淘宝拍，便宜点",
], 50)
family("profile-pointer", "contact_diversion", "en", "agent", ["my number is in my profile, text me", "contact info in my bio", "IG: @{handle}.shop.hk", "insta @the.{handle}.store"], 30)
family("profile-pointer", "contact_diversion", "en", "buyer", ["give me your number and I'll pay cash", "what's your number, I can pay you cash"], 20)
both_scripts("benign-courier-platform-name", "none", "agent", ["我们走京东物流，下单次日达", "走顺丰快递，包邮", "走京东快递，当天发货"], 30)

# C2 contempt at the desk (deaf, mute, sick in the head, bloodsuckers), daily abuse promised, ruin wished; look-alikes:
# goods with a fault (这个耳机是不是有毛病), bankruptcy as news.
both_scripts("desk-contempt", "abuse", "buyer", ["客服是聋子吗，问了几遍了", "店家是哑巴吗，一句不回", "你们是不是有毛病，{p}发错两次", "一群吸血鬼，退款拖{days}天",
                                                   "不退款我天天来骂你", "一帮奸商，退钱"], 60)
family("desk-contempt", "abuse", "en", "buyer", ["I hope your shop goes bankrupt", "hope you starve, scammers"], 20)
both_scripts("benign-goods-fault", "none", "buyer", ["这个{p}是不是有毛病，开不了机", "你们有毛病的货可以换吗", "这个{p}有毛病，左边不响"], 40)
family("benign-goods-fault", "none", "en", "buyer", ["the old brand went bankrupt, is this a replacement?", "my {pe} has a fault, can I swap it?"], 20)

# C1 look-alikes: where a buyer bought before, and the e-mail the buyer left on the order.
both_scripts("benign-purchase-history", "none", "buyer", ["上次在淘宝买过你们家的，这次在这里拍", "之前在京东买过一次，感觉不错", "以前在拼多多买过同款"], 30)
both_scripts("benign-order-email", "none", "agent", ["电子发票会发到您订单预留的邮箱", "发票发送至订单上的邮箱，请注意查收"], 20)

# C3 look-alikes of the betting and date rules: a CV sent online (网投简历), friends meeting for a meal.
both_scripts("benign-resume-meal", "none", "buyer", ["简历已经网投了，等通知", "约吗？周末一起去吃快餐", "我网投了三家公司，等面试"], 20)

# C4 duties and joining fees from the shop, refunds held for a payment; C8 mastery in a set time; C5 brands "1:1";
# C6 "[Platform Notice]" after a greeting, a platform payout to claim. Look-alikes: duties the platform collects,
# refund steps, course outlines.
both_scripts("fee-to-unlock", "off_platform_payment", "agent", ["包裹被扣，先交关税{amt}才能放行", "做任务先交入会费{amt}", "开通会员才能给您退款，{amt}元", "充值{amt}才能提现"], 40)
both_scripts("benign-duty-refund-steps", "none", "agent", ["关税已含在价格里，平台代缴", "商品寄回签收后才能退款哦", "跨境商品下单时已包税"], 30)
both_scripts("course-mastery", "exaggerated_claims", "agent", ["零基础{days}天精通", "跟着学三个月财务自由", "两周口语流利对话"], 30)
both_scripts("benign-course-outline", "none", "agent", ["课程共12周，每周两节", "适合有基础的同学，零基础建议先学入门课"], 20)
both_scripts("brand-one-to-one", "counterfeit", "agent", ["1:1 {brand}，细节到位", "{brand} 1比1 的款到了"], 30)
family("notice-after-greeting", "impersonation", "en", "agent", ["[Platform Notice] your account is limited, reply with your ID", "[Security Notice] your store is under review, send your ID"], 20)
family("notice-after-greeting", "impersonation", "en", "agent", ["platform notice: pay the verification fee today"], 10,
       labels=["impersonation", "off_platform_payment"])
both_scripts("payout-to-claim", "impersonation", "agent", ["恭喜您获得平台理赔{amt}元，请尽快领取", "恭喜您已获得退款补偿，点击领取"], 30)


# Warm words to the person at the desk (客服小姐姐你好呀, 谢谢你呀客服): the abuse head scored them 0.9–0.99 — it had met
# 客服/小姐姐/你 mostly in insults and in asking the agent out, and a generated family weighs as one family, so each
# greeting here is a family of its own (the lead's probe, session 23; the words after the greeting are not insults).
WARM_ADDRESS = ["客服", "客服，", "客服小姐姐", "客服小哥哥", "客服姐姐", "客服哥哥", "客服宝宝", "亲爱的客服", "客服亲", "老板", "掌柜的", "美女客服"]
WARM_WORDS = ["你好呀", "你好呀谢谢", "你好呀，谢谢", "谢谢你呀", "谢谢你", "辛苦啦", "辛苦了谢谢", "你人真好", "你真好", "你太好了", "麻烦你啦",
              "早上好呀", "晚上好呀", "在吗在吗", "你好，在吗", "比心", "爱你哟", "么么哒", "你们服务真好", "你好有耐心", "你最棒了",
              "你好呀，几天能到", "你好呀，发货了吗", "你好呀，我想问下尺码", "你们好呀", "新年快乐呀", "节日快乐", "拜拜啦", "下次还来你家买",
              "谢谢你的耐心", "你好呀，帮我看下订单", "你好，谢谢你呀", "久等了吧谢谢", "你好呀😊", "谢谢你呀🌹", "好的呀谢谢"]
for k, words in enumerate(WARM_WORDS):
    family(f"benign-warm-address-{k:02d}", "none", "zh-Hans", "buyer", [lambda w=words: rng.choice(WARM_ADDRESS) + w, lambda w=words: w + rng.choice(["客服", "客服小姐姐", "亲"])], 6)
    family(f"benign-warm-address-{k:02d}", "none", "zh-Hant", "buyer", [lambda w=words: rng.choice(WARM_ADDRESS) + w], 2)


# Warm sign-offs (客服您辛苦啦，祝你下班愉快): the abuse head refitted with session 24's polite-contempt lines (您辛苦了…你) held
# one at 0.92; each wish is a family of its own, as the greetings above (the lead's check, session 24).
WARM_SIGNOFF_LEAD = ["客服您辛苦啦，", "客服你辛苦啦，", "您辛苦了，", "辛苦您啦，", "客服小姐姐辛苦啦，", "谢谢您，", "谢谢客服，", "亲，辛苦了，",
                     "老板您辛苦了，", "麻烦您了，", "客服您辛苦了", "今天辛苦您了，"]
WARM_WISHES = ["祝你下班愉快", "祝您下班愉快", "祝你生活愉快", "祝你工作顺利", "祝你天天开心", "祝你早点下班", "祝你周末愉快", "祝你身体健康",
               "早点休息哦", "祝你发大财", "祝你万事如意", "祝你一切顺利", "祝你节日快乐", "祝你新年快乐", "晚安啦", "祝你好运连连"]
for k, wish in enumerate(WARM_WISHES):
    family(f"benign-warm-signoff-{k:02d}", "none", "zh-Hans", "buyer", [lambda w=wish: rng.choice(WARM_SIGNOFF_LEAD) + w], 6)
    family(f"benign-warm-signoff-{k:02d}", "none", "zh-Hant", "buyer", [lambda w=wish: rng.choice(WARM_SIGNOFF_LEAD) + w], 2)

# ---------------------------------------------------------------- write
for i, row in enumerate(rows, 1):
    row["id"] = f"cg-{i:05d}"

# ---------------------------------------------------------------- hand-written lines (DATASHEET.md, "Hand-written families")
# Appended after the generated rows so those keep their ids byte for byte; a hand-written line's id is its file and line
# number, so adding a file or a line elsewhere does not renumber it. A line whose text a generated row already holds is
# dropped: the generated row keeps the text.
# A malformed line stops the run: the files are edited by hand and a typo must not reach the trainer.
LABELS = {"contact_diversion", "abuse", "prohibited", "off_platform_payment", "counterfeit", "impersonation",
          "review_solicitation", "exaggerated_claims"}
generated_texts = {row["text"] for row in rows}
handwritten_texts = {}
HANDWRITTEN = os.path.join(HERE, "handwritten")
for name in sorted(os.listdir(HANDWRITTEN)):
    if not name.endswith(".jsonl"):
        continue
    with open(os.path.join(HANDWRITTEN, name), encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            where = f"handwritten/{name}:{number}"
            row = json.loads(line)
            if set(row) != {"text", "labels", "role", "lang", "family"}:
                raise SystemExit(f"{where}: fields must be text, labels, role, lang, family")
            if not set(row["labels"]) <= LABELS or row["role"] not in ("buyer", "agent") \
                    or row["lang"] not in ("zh-Hans", "zh-Hant", "en", "mixed"):
                raise SystemExit(f"{where}: unknown label, role or lang")
            if row["text"] in handwritten_texts:
                raise SystemExit(f"{where}: same text as {handwritten_texts[row['text']]}")
            handwritten_texts[row["text"]] = where
            if row["text"] in generated_texts:
                continue
            rows.append({"id": f"hw-{name[:-len('.jsonl')]}-{number:04d}", **row})

# ---------------------------------------------------------------- blind checks whose errors were read (DATASHEET.md, "Splits")
# Once a set's errors have been read it measures nothing out of sample any more; what it still gives is other writers'
# phrasing, which carried over to unseen writers better than template lines (the twelfth round: the unread English set
# 0.865 -> 0.902). Sets never read (r, y, z, af–ah and every set from ak on but ch–cm, which session 24 read) stay out. A text
# already held above is dropped, not an error: independent writers may type the same short line.
READ_BLIND_CHECKS = ["j", "k", "l", "m", "n", "o", "p", "q", "s", "u", "v", "w", "x", "aa", "ab", "ac", "ad", "ae", "ai", "aj",
                     "ch", "ci", "cj", "ck", "cl", "cm"]
for name in READ_BLIND_CHECKS:
    with open(os.path.join(HERE, f"holdout-{name}.jsonl"), encoding="utf-8") as source:
        for line in source:
            row = json.loads(line)
            if row["text"] in generated_texts or row["text"] in handwritten_texts:
                continue
            handwritten_texts[row["text"]] = row["id"]
            rows.append({"id": f"bc-{row['id']}", **{k: row[k] for k in ("text", "labels", "role", "lang", "family")}})
with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as out:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
legit = sum(1 for r in rows if not r["labels"])
print(f"{len(rows)} messages: {legit} legitimate, {len(rows) - legit} violating, {len({r['family'] for r in rows})} families")
