using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace ChatGuard.Gateway.Tests.Security;

/// <summary>
/// Generators of the input attackers and broken clients send (FsCheck): odd Unicode — lone surrogates, control
/// characters, bidi overrides, thousands of combining marks — huge or malformed numbers, deep nesting, wrong types
/// and nulls, rendered as raw JSON so nothing on the way tidies them up.
/// </summary>
public static class HostileInputs
{
    private static readonly string[] Fragments =
    [
        "\\ud800", "\\udfff", "\\u0000", "\\u0007", "\\u202e", "\\u2066", "\\u200b", "\\ufeff", "\\uffff", "\\u001e",
        "加微信", "vx", "13800138000", "<script>alert(1)</script>", "'; DROP TABLE messages; --", "../../etc/passwd", "%00", "\\\\", "\\\"",
        "😀", "👩‍👩‍👧", "ﷺ", "a\\u0301", "١٢٣", "Ⅻ", "ｆｕｌｌ", "\\n\\r\\t",
    ];

    /// <summary>A JSON string literal (with its quotes) built from hostile fragments, random text and long runs.</summary>
    public static Gen<string> JsonString() => Gen.OneOf(
        Gen.Elements(Fragments).ListOf().Select(parts => "\"" + string.Concat(parts) + "\""),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => JsonSerializer.Serialize(s)),
        Gen.Choose(1, 12).Select(k => "\"" + string.Concat(Enumerable.Repeat("a\\u0300", k * 1000)) + "\""),
        Gen.Choose(1, 30).Select(k => "\"" + new string('长', k * 1000) + "\""));

    /// <summary>Any JSON value, at most <paramref name="depth"/> levels deep, biased to the shapes that break binders.</summary>
    public static Gen<string> JsonValue(int depth = 3)
    {
        var scalars = Gen.OneOf(
            JsonString(),
            Gen.Elements("null", "true", "false", "0", "-0", "1e308", "-1e308", "1e999999", "123456789012345678901234567890", "0.0000000001", "[]", "{}"),
            ArbMap.Default.GeneratorFor<int>().Select(i => i.ToString()));
        if (depth == 0) return scalars;
        var inner = JsonValue(depth - 1);
        return Gen.OneOf(
            scalars,
            scalars,
            inner.ListOf().Select(items => "[" + string.Join(",", items.Take(5)) + "]"),
            Gen.Zip(Gen.Elements("conversationId", "clientMessageId", "text", "attachmentIds", "shopId", "messageIds", "reason", "note", "rating", "x").ListOf(), inner.ListOf())
                .Select(t => "{" + string.Join(",", t.Item1.Zip(t.Item2).Take(6).Select(p => $"\"{p.First}\":{p.Second}")) + "}"),
            Gen.Choose(20, 40).Select(n => new string('[', n) + "1" + new string(']', n)));
    }

    /// <summary>An argument list for a hub invocation: 0–3 hostile values.</summary>
    public static Gen<string> HubArguments() => JsonValue().ListOf().Select(values => "[" + string.Join(",", values.Take(3)) + "]");

    public static IReadOnlyList<T> Sample<T>(Gen<T> gen, int count, int seed) =>
        gen.Sample(count, new Rnd((ulong)seed), 30).ToList();

    /// <summary>Random bytes that are sometimes almost JSON, for request bodies.</summary>
    public static Gen<byte[]> Body() => Gen.OneOf(
        JsonValue().Select(Encoding.UTF8.GetBytes),
        ArbMap.Default.GeneratorFor<byte[]>().Where(b => b is not null),
        Gen.Elements("{", "{\"text\":", "{\"text\":\"\\ud800\"}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")
            .Select(Encoding.UTF8.GetBytes));
}
