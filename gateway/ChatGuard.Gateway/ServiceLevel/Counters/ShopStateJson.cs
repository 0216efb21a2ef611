using System.Text.Json.Serialization;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>How <see cref="RedisShopStateStore"/> writes a shop's state (generated, no reflection on the hot path).</summary>
[JsonSerializable(typeof(ShopServiceState))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
public sealed partial class ShopStateJson : JsonSerializerContext;
