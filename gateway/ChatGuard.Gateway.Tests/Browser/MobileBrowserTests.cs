using ChatGuard.Gateway.Tests.Infrastructure;

namespace ChatGuard.Gateway.Tests.Browser;

/// <summary>The pages on a 390 px phone in real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class MobileBrowserTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    [Fact]
    public async Task On_a_phone_the_widget_is_full_screen_and_the_desk_and_console_fit_the_width()
    {
        var result = await BrowserScenario.RunAsync("mobile.cjs", fixture.Host.BaseAddress,
            new Dictionary<string, string> { ["TENANT"] = ScriptedGatewayFixture.Unique("t") }, TimeSpan.FromMinutes(3));

        foreach (var language in new[] { "zh-CN", "en" })
        {
            var phone = result.GetProperty(language);
            var panel = phone.GetProperty("panel");
            Assert.Equal(0, panel.GetProperty("x").GetDouble());
            Assert.Equal(0, panel.GetProperty("y").GetDouble());
            Assert.Equal(390, panel.GetProperty("width").GetDouble());
            Assert.Equal(844, panel.GetProperty("height").GetDouble());
            Assert.Empty(phone.GetProperty("widgetOverflows").EnumerateArray());

            var desk = phone.GetProperty("desk");
            Assert.True(desk.GetProperty("listVisible").GetBoolean());
            Assert.False(desk.GetProperty("chatVisibleBefore").GetBoolean()); // one thing at a time: the list first
            Assert.True(desk.GetProperty("chatVisible").GetBoolean());
            Assert.True(desk.GetProperty("listHidden").GetBoolean());
            Assert.True(desk.GetProperty("replyVisible").GetBoolean());
            Assert.Empty(desk.GetProperty("overflows").EnumerateArray());
            Assert.True(desk.GetProperty("backToList").GetBoolean());

            var console = phone.GetProperty("console");
            Assert.Empty(console.GetProperty("overflows").EnumerateArray());
            Assert.True(console.GetProperty("tabsVisible").GetBoolean());
            Assert.Empty(console.GetProperty("rulesOverflow").EnumerateArray());
            Assert.Empty(phone.GetProperty("problems").EnumerateArray());
        }
    }
}
