using System.Text.Json;
using System.Text.RegularExpressions;
using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>The three pages in Chinese (a zh-CN browser) and in English (?lang=en), in real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public partial class LanguageBrowserTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    [Fact]
    public async Task Every_page_opens_in_chinese_for_a_chinese_browser_and_in_english_on_request_and_buyers_read_no_rule_codes()
    {
        var result = await BrowserScenario.RunAsync("languages.cjs", fixture.Host.BaseAddress, new Dictionary<string, string>
        {
            ["TENANT"] = ScriptedGatewayFixture.Unique("t"),
            ["QUESTION"] = "请问这件衬衫有XL吗？",
            ["INSULT"] = "骗子！死骗子！全家都是骗子！", // C2: refused
        }, TimeSpan.FromMinutes(3));

        var zh = result.GetProperty("zh-CN");
        Assert.Equal("zh-CN", zh.GetProperty("widget").GetProperty("lang").GetString());
        Assert.Equal("zh-CN", zh.GetProperty("desk").GetProperty("lang").GetString());
        Assert.Equal("zh-CN", zh.GetProperty("console").GetProperty("lang").GetString());
        Assert.Equal("联系店铺客服", zh.GetProperty("widget").GetProperty("title").GetString()![..6]);
        Assert.Equal("发送", zh.GetProperty("widget").GetProperty("send").GetString());
        Assert.Equal("以买家身份登录", zh.GetProperty("widget").GetProperty("signIn").GetString());
        Assert.Equal("ChatGuard 客服工作台", zh.GetProperty("desk").GetProperty("title").GetString());
        Assert.Equal(["会话", "店铺合规"], Texts(zh.GetProperty("desk").GetProperty("tabs")));
        Assert.Equal(["待回复", "我的", "全部"], Texts(zh.GetProperty("desk").GetProperty("filters")));
        Assert.Equal("发送", zh.GetProperty("desk").GetProperty("send").GetString());
        Assert.Equal("en", zh.GetProperty("desk").GetProperty("switchTo").GetString());
        Assert.Equal("ChatGuard 审核台", zh.GetProperty("console").GetProperty("title").GetString());
        Assert.Equal(["待审队列1", "处罚", "拉黑记录", "商家违规", "规则"], Texts(zh.GetProperty("console").GetProperty("tabs")));
        Assert.Equal("确认违规", zh.GetProperty("console").GetProperty("confirm").GetString());
        Assert.Contains("辱骂骚扰", zh.GetProperty("console").GetProperty("rule").GetString());

        var en = result.GetProperty("en");
        Assert.Equal("en", en.GetProperty("widget").GetProperty("lang").GetString());
        Assert.Equal("en", en.GetProperty("desk").GetProperty("lang").GetString());
        Assert.Equal("en", en.GetProperty("console").GetProperty("lang").GetString());
        Assert.Equal("Send", en.GetProperty("widget").GetProperty("send").GetString());
        Assert.Equal("ChatGuard agent desk", en.GetProperty("desk").GetProperty("title").GetString());
        Assert.Equal(["Chats", "Compliance"], Texts(en.GetProperty("desk").GetProperty("tabs")));
        Assert.Equal("zh-CN", en.GetProperty("desk").GetProperty("switchTo").GetString());
        Assert.Equal(["Queue1", "Sanctions", "Blocks", "Merchant violations", "Rules"], Texts(en.GetProperty("console").GetProperty("tabs")));
        Assert.Equal("Confirm violation", en.GetProperty("console").GetProperty("confirm").GetString());

        foreach (var (language, page) in new[] { ("zh-CN", zh), ("en", en) })
        {
            var widget = page.GetProperty("widget");
            // The widget offers an image; the insult is refused and explained in plain words, before and after a reload.
            Assert.Contains("image/png", widget.GetProperty("imageControl").GetProperty("accept").GetString());
            Assert.Equal("block", widget.GetProperty("verdictAction").GetString());
            var explanation = widget.GetProperty("verdictText").GetString()!;
            Assert.DoesNotMatch(RuleCode(), explanation);
            Assert.DoesNotMatch(DoubledPunctuation(), explanation);
            Assert.Contains(language == "en" ? "Insults, threats and offensive words are not allowed." : "平台不允许辱骂、威胁或冒犯他人的言语。", explanation);
            Assert.Equal(explanation, widget.GetProperty("verdictAfterReload").GetString());
            Assert.Equal(0, widget.GetProperty("emptyBubbles").GetInt32());
            Assert.Equal(["请问这件衬衫有XL吗？"], Texts(page.GetProperty("desk").GetProperty("bubbles")));
            foreach (var part in new[] { "widget", "desk", "console" })
                Assert.Empty(page.GetProperty(part).GetProperty("untranslated").EnumerateArray());
            Assert.Empty(page.GetProperty("problems").EnumerateArray());
            foreach (var file in new[] { "widget", "desk", "console", "console-rules" })
                Assert.True(File.Exists(Path.Combine(BrowserScenario.ScreenshotDirectory, $"{file}-{language}.png")), file);
        }

        var choice = result.GetProperty("switch");
        Assert.Equal("zh-CN", choice.GetProperty("before").GetString());
        Assert.Equal("en", choice.GetProperty("after").GetString());
        Assert.Equal("en", choice.GetProperty("remembered").GetString());
        Assert.Equal("ChatGuard moderation console", choice.GetProperty("heading").GetString());
    }

    private static string[] Texts(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [GeneratedRegex(@"\b[CS]\d{1,2}\b|#\d")]
    private static partial Regex RuleCode();

    [GeneratedRegex(@"([。.！!？?，,：:])\s*\1")]
    private static partial Regex DoubledPunctuation();
}
