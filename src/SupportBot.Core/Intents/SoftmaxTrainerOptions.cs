namespace SupportBot.Core.Intents;

/// <summary>How the softmax regression is fitted by stochastic gradient descent.</summary>
public sealed record SoftmaxTrainerOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Initial learning rate.</summary>
    public double LearningRate { get; init; } = 0.5;

    /// <summary>L2 penalty on the weights (not the biases), per example.</summary>
    public double L2 { get; init; } = 1e-5;
}
