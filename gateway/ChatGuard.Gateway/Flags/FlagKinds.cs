namespace ChatGuard.Gateway.Flags;

/// <summary>What raised a flag.</summary>
public static class FlagKinds
{
    /// <summary>A message whose verdict was not allow.</summary>
    public const string Message = "message";
    /// <summary>An attachment the image scan flagged (C1 QR codes, C10).</summary>
    public const string Attachment = "attachment";
    /// <summary>C9/S5: a behaviour over several messages.</summary>
    public const string Spam = "spam";
    /// <summary>S9: an agent reported buyer messages.</summary>
    public const string Report = "report";
}
