using System.Text;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Backplane;

/// <summary>
/// What travels between nodes on a channel: an invocation already serialized by every hub protocol the nodes
/// speak (so a receiving node writes the bytes as they are), or a group change for a connection the receiver
/// holds. <see cref="Sequence"/> numbers the frames of one origin, so a receiver can drop the copy a retried
/// PUBLISH produces (<see cref="RecentFrames"/>). A small binary layout of our own: the official backplane package (and its MessagePack framing) is not
/// in the registry here.
/// </summary>
public abstract record BackplaneFrame(string Origin, long Sequence)
{
    private const byte InvocationKind = 1;
    private const byte GroupChangeKind = 2;
    private const byte Version = 1;

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(Origin);
            writer.Write(Sequence);
            switch (this)
            {
                case InvocationFrame invocation:
                    writer.Write(InvocationKind);
                    writer.Write(invocation.ExcludedConnectionIds.Count);
                    foreach (var id in invocation.ExcludedConnectionIds) writer.Write(id);
                    writer.Write(invocation.Messages.Count);
                    foreach (var m in invocation.Messages)
                    {
                        writer.Write(m.ProtocolName);
                        writer.Write(m.Serialized.Length);
                        writer.Write(m.Serialized.Span);
                    }
                    break;
                case GroupChangeFrame change:
                    writer.Write(GroupChangeKind);
                    writer.Write(change.CommandId);
                    writer.Write(change.ConnectionId);
                    writer.Write(change.GroupName);
                    writer.Write(change.Join);
                    break;
                default:
                    throw new InvalidOperationException($"unknown frame {GetType().Name}");
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Reads a frame; <see cref="InvalidDataException"/> for anything this version did not write.</summary>
    public static BackplaneFrame Parse(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadByte() != Version) throw new InvalidDataException("unknown backplane frame version");
            var origin = reader.ReadString();
            var sequence = reader.ReadInt64();
            switch (reader.ReadByte())
            {
                case InvocationKind:
                    var excluded = new string[ReadCount(reader)];
                    for (var i = 0; i < excluded.Length; i++) excluded[i] = reader.ReadString();
                    var messages = new SerializedMessage[ReadCount(reader)];
                    for (var i = 0; i < messages.Length; i++)
                    {
                        var protocol = reader.ReadString();
                        var length = ReadCount(reader);
                        var payload = reader.ReadBytes(length);
                        if (payload.Length != length) throw new EndOfStreamException();
                        messages[i] = new SerializedMessage(protocol, payload);
                    }
                    return new InvocationFrame(origin, sequence, excluded, messages);
                case GroupChangeKind:
                    return new GroupChangeFrame(origin, sequence, reader.ReadInt64(), reader.ReadString(), reader.ReadString(), reader.ReadBoolean());
                default:
                    throw new InvalidDataException("unknown backplane frame kind");
            }
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("truncated backplane frame", e);
        }
    }

    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= 64 * 1024 * 1024 ? count : throw new InvalidDataException("bad count in backplane frame");
    }
}

/// <summary>A hub invocation for the receiver's local recipients, minus <see cref="ExcludedConnectionIds"/>.</summary>
public sealed record InvocationFrame(string Origin, long Sequence, IReadOnlyList<string> ExcludedConnectionIds, IReadOnlyList<SerializedMessage> Messages)
    : BackplaneFrame(Origin, Sequence);

/// <summary>Add (<see cref="Join"/>) or remove a connection held by the receiver to or from a group; acknowledged to <see cref="BackplaneFrame.Origin"/>.</summary>
public sealed record GroupChangeFrame(string Origin, long Sequence, long CommandId, string ConnectionId, string GroupName, bool Join)
    : BackplaneFrame(Origin, Sequence);
