using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatGuard.Gateway.Tests.ServiceLevel;

public sealed class CounterCatchUpTests
{
    [Fact]
    public async Task A_store_failure_during_the_catch_up_keeps_the_gap_for_the_next_pass_and_the_node_serving()
    {
        await using var host = new GatewayHost();
        using var http = host.Http();
        Assert.True((await http.GetAsync("/healthz")).IsSuccessStatusCode);
        var services = host.Services;
        var gaps = services.GetRequiredService<CounterGaps>();
        gaps.Record("t-catchup", "s1", DateTimeOffset.UtcNow.AddMinutes(-1));

        // A real store failure: the table the rebuild reads is gone (as good as a database that is down).
        var db = services.GetRequiredService<SqlDatabase>();
        await using (var connection = await db.OpenAsync(CancellationToken.None))
        await using (var drop = SqlDatabase.Command(connection, "ALTER TABLE messages RENAME TO messages_away"))
            await drop.ExecuteNonQueryAsync();

        await services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<CounterCatchUp>().Single().CatchUpAsync(CancellationToken.None);

        Assert.NotNull(gaps.For("t-catchup", "s1"));
        await Task.Delay(TimeSpan.FromSeconds(3)); // a background pass has run meanwhile and failed the same way
        Assert.True((await http.GetAsync("/healthz")).IsSuccessStatusCode, "the node stopped after a failed catch-up");
    }
}
