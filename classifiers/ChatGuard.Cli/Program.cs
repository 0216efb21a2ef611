using System.CommandLine;
using ChatGuard.Cli.Commands;

// The command-line contract of DESIGN.md; checks outside the repo call these exactly.
var root = new RootCommand("ChatGuard moderation: scan chat messages, evaluate detectors, train the learned models.")
{
    ScanCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    AbuseCommand.Create(),
    ScanImageCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
