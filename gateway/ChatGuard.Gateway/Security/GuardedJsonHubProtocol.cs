using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// SignalR's JSON protocol, with issue 18 item 9 on top: a message SignalR cannot bind or read answers its invocation
/// with a <see cref="HubException"/> that says what is wrong, and the connection stays up. SignalR itself closes the
/// connection on JSON nested deeper than its reader's fixed 64 levels (no option reaches that reader:
/// <c>PayloadSerializerOptions.MaxDepth</c> governs only the serializer, and hub filters run after parsing), and answers
/// wrong argument types or counts with only "Failed to invoke … due to an error on the server".
/// </summary>
public sealed partial class GuardedJsonHubProtocol(JsonHubProtocol json, ILogger<GuardedJsonHubProtocol> logger) : IHubProtocol
{
    private const byte RecordSeparator = 0x1e;

    public string Name => json.Name;

    public int Version => json.Version;

    public TransferFormat TransferFormat => json.TransferFormat;

    public bool IsVersionSupported(int version) => json.IsVersionSupported(version);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => json.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => json.GetMessageBytes(message);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (input.PositionOf(RecordSeparator) is not { } end)
        {
            message = null;
            return false;
        }
        var record = input.Slice(0, input.GetPosition(1, end));
        var payload = input.Slice(0, end);
        input = input.Slice(record.End);
        try
        {
            if (!json.TryParseMessage(ref record, binder, out message) || message is null) throw new InvalidDataException("empty message");
            if (message is InvocationBindingFailureMessage failure)
                message = Refuse(failure.InvocationId, failure.Target, ArgumentsProblem(failure.BindingFailure.SourceException));
            return true;
        }
        catch (InvalidDataException)
        {
            message = Unreadable(payload);
            return true;
        }
    }

    /// <summary>What is wrong with the arguments, in words that never repeat the caller's values.</summary>
    private static string ArgumentsProblem(Exception e) => e switch
    {
        // SignalR's own count message names only numbers: "Invocation provides 2 argument(s) but target expects 1."
        InvalidDataException { InnerException: null } count when count.Message.Contains("argument(s)", StringComparison.Ordinal) =>
            "wrong number of arguments: " + count.Message,
        HubException => "no such hub method",
        _ => "an argument has the wrong type; see the service contract for each method's arguments",
    };

    /// <summary>
    /// The record was not readable as a whole. Its top-level fields are read again without a depth limit (the record is
    /// bounded by <c>MaximumReceiveMessageSize</c>) to answer the invocation; without an invocation id to answer there
    /// is nobody waiting, and the record is dropped.
    /// </summary>
    private HubMessage Unreadable(ReadOnlySequence<byte> payload)
    {
        string? invocationId = null, target = null;
        var wellFormed = true;
        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = int.MaxValue });
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (name == "invocationId" && reader.TokenType == JsonTokenType.String) invocationId = reader.GetString();
                    else if (name == "target" && reader.TokenType == JsonTokenType.String) target = reader.GetString();
                    else reader.Skip();
                }
        }
        catch (JsonException)
        {
            wellFormed = false;
        }
        var problem = wellFormed ? "arguments are nested deeper than 64 levels" : "the message is not valid JSON";
        if (invocationId is null)
        {
            LogDropped(problem);
            return PingMessage.Instance;
        }
        return Refuse(invocationId, target, problem);
    }

    private InvocationBindingFailureMessage Refuse(string? invocationId, string? target, string problem)
    {
        LogRefused(problem);
        return new InvocationBindingFailureMessage(invocationId, target ?? "", ExceptionDispatchInfo.Capture(new HubException("invalid call: " + problem)));
    }

    // S12: the problem only; the method name and arguments are the caller's raw input.
    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a hub invocation: {Problem}")]
    private partial void LogRefused(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a hub message without an invocation id: {Problem}")]
    private partial void LogDropped(string problem);
}
