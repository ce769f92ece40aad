namespace SupportBot.Core.Intents;

/// <summary>How the softmax regression is fitted by stochastic gradient descent.</summary>
public sealed record SoftmaxTrainerOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Initial learning rate.</summary>
    public double LearningRate { get; init; } = 2;

    /// <summary>L2 penalty on the weights (not the biases), per example.</summary>
    public double L2 { get; init; } = 1e-6;

    /// <summary>Lower the learning rate linearly to nearly zero over the run, so the last epochs settle instead of wandering.</summary>
    public bool LinearDecay { get; init; } = true;

    /// <summary>
    /// Each step leaves out every feature of the example with this probability (see <see cref="FeatureDropout"/>);
    /// 0 trains on whole examples. 0.6 won 5-fold cross-validation on the BANKING77 and CLINC150 train splits.
    /// </summary>
    public double FeatureDropout { get; init; } = 0.6;
}
