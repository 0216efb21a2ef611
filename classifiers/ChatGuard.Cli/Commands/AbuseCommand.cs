using System.CommandLine;

namespace ChatGuard.Cli.Commands;

/// <summary><c>chatguard abuse train|eval</c>: the C2 model's trainer and its evaluation on labeled CSV files.</summary>
internal static class AbuseCommand
{
    public static Command Create() => new("abuse", "Train or evaluate the abuse (C2) model on COLD / Davidson CSV files.")
    {
        AbuseTrainCommand.Create(),
        AbuseEvalCommand.Create(),
    };
}
