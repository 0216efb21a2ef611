namespace ChatGuard.Classifiers.Training;

/// <summary>Where training is: epoch (1-based), the fraction of all work done, and the last epoch's dev figures.</summary>
public readonly record struct TrainingProgress(int Epoch, int Epochs, double Fraction, double DevLogLoss, double DevMacroF1);
