namespace ChatGuard.Gateway.Security;

/// <summary>A send refused before anything is stored; the message is what the client is told.</summary>
public sealed class MessageRejectedException(string message) : Exception(message);
