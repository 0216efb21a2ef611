using ChatGuard.Gateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ChatGuard.Gateway.Tests.Contract;

/// <summary>Issue 18's "done when" checks, from outside with the official JavaScript client (gateway/contract/hardening.mjs).</summary>
[Collection(QuietMachineCollection.Name)]
public class HardeningContractTests(ITestOutputHelper log)
{
    private static readonly string Folder = NodeScript.RepoPath("gateway/contract");

    private async Task<string> RunAsync(GatewayProcess gateway, params string[] args)
    {
        var (code, output) = await NodeScript.RunAsync(Folder, "node", ["hardening.mjs", gateway.BaseAddress.ToString(), .. args], TimeSpan.FromMinutes(2));
        log.WriteLine(output);
        Assert.True(code == 0, output + "\n--- gateway ---\n" + gateway.Output);
        Assert.Contains($"{args[0]}: ok", output);
        return output;
    }

    private static async Task<GatewayProcess> StartAsync(Dictionary<string, string>? settings = null)
    {
        await NodeScript.EnsureInstalledAsync(Folder);
        settings ??= [];
        settings["ChatGuard:DataDirectory"] = TestDirectories.Create("chatguard-hardening-");
        return await GatewayProcess.StartAsync(settings);
    }

    [Fact]
    public async Task Ten_concurrent_40_megapixel_uploads_from_one_buyer_never_make_another_buyers_send_wait_a_second()
    {
        await using var gateway = await StartAsync();

        var before = gateway.PeakResidentBytes();

        await RunAsync(gateway, "flood");

        // Issue 18 measured 227 MB → 880 MB; one 40-megapixel decode at a time (two grounds of 40 MB each) is well under it.
        var peak = gateway.PeakResidentBytes();
        log.WriteLine($"gateway peak resident memory: {before / 1048576} MB before the flood, {peak / 1048576} MB after");
        Assert.True(peak - before < 400L * 1024 * 1024, $"the flood took the gateway from {before / 1048576} MB to {peak / 1048576} MB");
    }

    [Fact]
    public async Task An_upload_finding_every_decode_slot_taken_and_no_queue_is_refused_with_503_and_retry_after()
    {
        await using var gateway = await StartAsync(new()
        {
            ["ChatGuard:Attachments:MaxConcurrentScans"] = "1",
            ["ChatGuard:Attachments:ScanQueueLength"] = "0",
        });

        await RunAsync(gateway, "busy");
    }

    [Fact]
    public async Task Refused_calls_carrying_a_phone_number_and_an_email_leave_neither_in_the_log_and_no_fail_entry()
    {
        await using var gateway = await StartAsync();

        await RunAsync(gateway, "refusals");

        var log = gateway.Output;
        Assert.Contains("Refused ChatHub.SendMessage from a buyer", log); // the refusals were logged, at Information
        Assert.DoesNotContain("13900132288", log);
        Assert.DoesNotContain("lily7788", log);
        Assert.DoesNotContain("fail: forged", log);
        Assert.DoesNotContain("fail:", log);
    }

    [Fact]
    public async Task A_100_deep_json_argument_and_wrong_argument_types_get_an_error_with_the_connection_still_up()
    {
        await using var gateway = await StartAsync();

        await RunAsync(gateway, "deep");

        Assert.DoesNotContain("fail:", gateway.Output);
    }

    [Fact]
    public async Task A_qr_code_on_a_later_frame_of_a_gif_is_not_delivered_as_allow()
    {
        await using var gateway = await StartAsync();
        var gif = Path.Combine(TestDirectories.Create("chatguard-gif-"), "animated.gif");
        await File.WriteAllBytesAsync(gif, Attachments.TestGifs.CodeOnSecondFrame("加微信 lily7788"));

        await RunAsync(gateway, "animated", gif);
    }

    [Fact]
    public async Task A_blocked_messages_image_is_not_served_to_the_agent()
    {
        await using var gateway = await StartAsync();

        await RunAsync(gateway, "blocked-image");
    }

    [Fact]
    public async Task An_agent_of_another_shop_sharing_a_buyers_user_id_gets_nothing_of_the_buyers_and_its_own_new_message()
    {
        await using var gateway = await StartAsync();

        await RunAsync(gateway, "twins");
    }

    [Fact]
    public async Task Rating_a_conversation_with_no_exchange_is_refused()
    {
        await using var gateway = await StartAsync();

        await RunAsync(gateway, "rating");
    }
}
