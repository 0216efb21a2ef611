using System.Globalization;
using System.Text.Json.Serialization;
using ChatGuard.Gateway.Accounts;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Flags;

/// <summary>
/// The review queue over HTTP, for the tenant's moderators only: list with filters and paging, one flag,
/// a decision, and the per-label hourly counts of the console's chart.
/// </summary>
public static class FlagEndpoints
{
    public sealed record DecisionRequest(
        [property: JsonPropertyName("decision")] string? Decision,
        [property: JsonPropertyName("note")] string? Note);

    public sealed record Page(
        [property: JsonPropertyName("items")] IReadOnlyList<FlagRecord> Items,
        [property: JsonPropertyName("nextCursor")] string? NextCursor);

    public sealed record HourCount(
        [property: JsonPropertyName("hour")] DateTimeOffset Hour,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("count")] int Count);

    public static IEndpointRouteBuilder MapFlags(this IEndpointRouteBuilder app)
    {
        var moderators = app.MapGroup("/api/v1").RequireAuthorization(p => p.RequireRole(Roles.Moderator));

        moderators.MapGet("/flags", async (string? status, string? label, string? shopId, string? kind, DateTimeOffset? since,
            DateTimeOffset? until, int? limit, string? cursor, HttpContext http, IFlagStore store, FlagConversation conversation,
            IOptionsMonitor<FlagOptions> options, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            var o = options.CurrentValue;
            var errors = new Dictionary<string, string[]>();
            if (status is not null && !FlagStatuses.IsKnown(status)) errors["status"] = ["one of pending, confirmed, dismissed"];
            if (label is not null && !Identifiers.IsValid(label)) errors["label"] = ["a label name such as abuse or contact_diversion"];
            if (shopId is not null && !Identifiers.IsValid(shopId)) errors["shopId"] = ["a shop id"];
            if (kind is not null && kind is not (FlagKinds.Message or FlagKinds.Attachment or FlagKinds.Spam or FlagKinds.Report))
                errors["kind"] = ["one of message, attachment, spam, report"];
            if (limit is < 1 || limit > o.MaxPageSize) errors["limit"] = [$"between 1 and {o.MaxPageSize}"];
            long? before = null;
            if (cursor is not null)
            {
                if (long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) before = parsed;
                else errors["cursor"] = ["the nextCursor of a previous page"];
            }
            if (errors.Count > 0) return Results.ValidationProblem(errors);
            var page = await store.ListAsync(new FlagQuery(who.Tenant, status, label, shopId, kind, since, until, limit ?? o.DefaultPageSize, before), ct);
            return Results.Ok(new Page(await conversation.WithContextAsync(page.Items, ct), page.NextBefore?.ToString(CultureInfo.InvariantCulture)));
        })
            .WithSummary("The review queue: flags with filters, newest first, with their conversation context")
            .Produces<Page>()
            .ProducesValidationProblem();

        moderators.MapGet("/flags/{id}", async (string id, HttpContext http, IFlagStore store, FlagConversation conversation, CancellationToken ct) =>
        {
            var flag = await store.GetAsync(ChatIdentity.From(http.User).Tenant, id, ct);
            return flag is null ? Results.Problem("flag not found", statusCode: 404) : Results.Ok(await conversation.WithContextAsync(flag, ct));
        })
            .WithSummary("One flag with its conversation context")
            .Produces<FlagRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        moderators.MapPost("/flags/{id}/decision", async (string id, DecisionRequest? body, HttpContext http, FlagDecisions decisions,
            IEnumerable<IFlagDecisionGuard> guards, IOptionsMonitor<FlagOptions> options, CancellationToken ct) =>
        {
            var who = ChatIdentity.From(http.User);
            if (Identifiers.IsValid(id))
                foreach (var guard in guards)
                    if (await guard.RefusalAsync(who, id, ct) is { } refusal) return Results.Problem(refusal, statusCode: StatusCodes.Status409Conflict);
            if (body is null || FlagStatuses.After(body.Decision) is null)
                return Results.Problem("a JSON body {\"decision\": \"confirm|dismiss\", \"note\": \"...\"} is required", statusCode: 400);
            var maxNote = options.CurrentValue.MaxNoteLength;
            if (body.Note?.Length > maxNote) return Results.Problem($"note is too long: at most {maxNote} characters", statusCode: 400);
            var outcome = await decisions.DecideAsync(who, id, body.Decision!, body.Note, ct);
            return outcome.Result switch
            {
                FlagDecisionResult.NotFound => Results.Problem("flag not found", statusCode: 404),
                FlagDecisionResult.Conflict => Results.Problem(
                    $"flag {id} was already decided: {outcome.Flag!.Status} by {outcome.Flag.Decision?.DecidedBy}", statusCode: 409),
                _ => Results.Ok(outcome.Flag),
            };
        })
            .WithSummary("Confirms or dismisses a flag (idempotent; a different later decision is 409, as is a flag another moderator has claimed); a confirm applies the profile's sanctions")
            .Produces<FlagRecord>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        moderators.MapGet("/stats/flags", async (int? hours, HttpContext http, IFlagStore store, IOptionsMonitor<FlagOptions> options,
            TimeProvider clock, CancellationToken ct) =>
        {
            var max = options.CurrentValue.MaxStatsHours;
            if (hours is < 1 || hours > max) return Results.Problem($"hours must be between 1 and {max}", statusCode: 400);
            var now = clock.GetUtcNow();
            // Whole hours: the current hour and the N-1 before it.
            var since = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1 - (hours ?? 24));
            var counts = await store.CountByHourAsync(ChatIdentity.From(http.User).Tenant, since, ct);
            return Results.Ok(counts.Select(c => new HourCount(c.Hour, c.Label, c.Count)));
        })
            .WithSummary("Flags per label and hour over the last N hours")
            .Produces<IEnumerable<HourCount>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
