using ChatGuard.Gateway.Backplane;
using Microsoft.AspNetCore.SignalR;

namespace ChatGuard.Gateway.Tests.ScaleOut;

public class BackplaneFrameTests
{
    [Fact]
    public void Invocation_frames_round_trip_with_exclusions_and_every_protocols_bytes()
    {
        var frame = new InvocationFrame("node1", 7, ["c1", "c2"], [new SerializedMessage("json", new byte[] { 1, 2, 3 }), new SerializedMessage("messagepack", Array.Empty<byte>())]);

        var read = Assert.IsType<InvocationFrame>(BackplaneFrame.Parse(frame.ToBytes()));

        Assert.Equal("node1", read.Origin);
        Assert.Equal(7, read.Sequence);
        Assert.Equal(["c1", "c2"], read.ExcludedConnectionIds);
        Assert.Equal(["json", "messagepack"], read.Messages.Select(m => m.ProtocolName));
        Assert.Equal(new byte[] { 1, 2, 3 }, read.Messages[0].Serialized.ToArray());
        Assert.Empty(read.Messages[1].Serialized.ToArray());
    }

    [Fact]
    public void Group_change_frames_round_trip()
    {
        var read = Assert.IsType<GroupChangeFrame>(BackplaneFrame.Parse(new GroupChangeFrame("node2", 8, 42, "conn", "shop:t:s", Join: false).ToBytes()));

        Assert.Equal(new GroupChangeFrame("node2", 8, 42, "conn", "shop:t:s", false), read);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 9, 1, (byte)'x', 1, 0, 0, 0, 0, 0, 0, 0, 1 })] // unknown version
    [InlineData(new byte[] { 1, 1, (byte)'x', 1, 0, 0, 0, 0, 0, 0, 0, 7 })] // unknown kind
    [InlineData(new byte[] { 1, 1, (byte)'x', 1, 0, 0, 0, 0, 0, 0, 0, 1, 255, 255, 255, 255 })] // negative count
    [InlineData(new byte[] { 1, 1, (byte)'x', 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, (byte)'j', 9, 0, 0, 0, 1 })] // truncated payload
    [InlineData(new byte[] { 1, 1, (byte)'x', 1, 0, 0 })] // truncated sequence
    public void Frames_this_version_did_not_write_are_refused(byte[] bytes)
    {
        Assert.Throws<InvalidDataException>(() => BackplaneFrame.Parse(bytes));
    }

    [Fact]
    public void A_repeated_frame_is_recognised_within_the_window_per_origin()
    {
        var recent = new RecentFrames(capacityPerOrigin: 3);

        Assert.True(recent.FirstTime("a", 1));
        Assert.False(recent.FirstTime("a", 1)); // the copy a retried PUBLISH delivers
        Assert.True(recent.FirstTime("b", 1)); // another node's frame 1
        Assert.True(recent.FirstTime("a", 2));
        Assert.True(recent.FirstTime("a", 3));
        Assert.True(recent.FirstTime("a", 4)); // frame 1 leaves the window
        Assert.False(recent.FirstTime("a", 4));
        Assert.True(recent.FirstTime("a", 1));
    }
}
