using ChatGuard.Classifiers.Training;

namespace ChatGuard.Cli.Commands;

/// <summary>A one-line progress bar on standard error for <c>abuse train</c>, with the last epoch's dev figures.</summary>
internal sealed class AbuseTrainProgressBar(TextWriter console) : IProgress<TrainingProgress>
{
    private const int Width = 30;
    private readonly Lock _gate = new();
    private string _devFigures = "";

    public void Report(TrainingProgress value)
    {
        lock (_gate)
        {
            if (!double.IsNaN(value.DevLogLoss))
                _devFigures = $" dev log-loss {value.DevLogLoss:0.0000} macro-F1 {value.DevMacroF1:0.000}";
            var filled = (int)Math.Round(Math.Clamp(value.Fraction, 0, 1) * Width);
            console.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {Math.Clamp(value.Fraction, 0, 1) * 100,3:0}% epoch {value.Epoch}/{value.Epochs}{_devFigures}   ");
            console.Flush();
        }
    }

    public void Finish()
    {
        lock (_gate) console.WriteLine();
    }
}
