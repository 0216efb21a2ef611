using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using ChatGuard.Gateway.Conversations;

namespace ChatGuard.Gateway.Tests.Flags;

/// <summary>Its own class, so the gateway whose tables it renames is not shared with other tests.</summary>
public sealed class FlagCommitsWithMessageTests(ScriptedGatewayFixture fixture) : IClassFixture<ScriptedGatewayFixture>
{
    [Fact]
    public async Task A_held_message_whose_flag_cannot_be_stored_is_not_stored_either_and_its_retry_stores_both()
    {
        var host = fixture.Host;
        var tenant = ScriptedGatewayFixture.Unique("t");
        await using var buyer = await host.ConnectAsync(tenant, null, "buyer1", "buyer");
        await using var moderator = await host.ConnectAsync(tenant, null, "mod1", "moderator", "/hubs/moderation");
        var conversationId = (await buyer.StartConversationAsync("shop1")).GetProperty("conversationId").GetString()!;
        var db = host.Services.GetRequiredService<SqlDatabase>();

        // A real store failure in the flag's part of the commit: one of its tables is gone.
        await RenameAsync(db, "flag_labels", "flag_labels_away");
        await Assert.ThrowsAsync<HubException>(() => buyer.SendAsync(conversationId, "[review] 你等着", "c1"));
        await RenameAsync(db, "flag_labels_away", "flag_labels");

        // Held and never flagged, it would wait for a moderator forever: it was not kept, so the client's retry is new.
        Assert.Null(await host.Services.GetRequiredService<IChatStore>().FindByClientMessageIdAsync(tenant, "shop1", "buyer", "buyer1", "c1", CancellationToken.None));
        await moderator.AssertNoneAsync("flag");
        var ack = await buyer.SendAsync(conversationId, "[review] 你等着", "c1");
        var flag = await moderator.NextAsync("flag");
        Assert.Equal(ack.GetProperty("messageId").GetString(), flag.GetProperty("messageId").GetString());
        Assert.Equal("review", ack.GetProperty("action").GetString());
    }

    private static async Task RenameAsync(SqlDatabase db, string from, string to)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await using var rename = SqlDatabase.Command(connection, $"ALTER TABLE {from} RENAME TO {to}");
        await rename.ExecuteNonQueryAsync();
    }
}
