using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>One member of the model: a feature view and the softmax trained on it.</summary>
internal sealed class ModelView
{
    public ModelView(FeatureSpace features, LinearSoftmax classifier)
    {
        Features = features;
        Classifier = classifier;
    }

    public FeatureSpace Features { get; }

    public LinearSoftmax Classifier { get; }

    /// <summary>Adds this member's class probabilities of <paramref name="text"/>, times <paramref name="weight"/>, to <paramref name="sum"/>.</summary>
    public void AddProbabilities(AnalyzedText text, Span<float> sum, Span<float> scratch, float weight)
    {
        Classifier.Probabilities(Features.Transform(text), scratch);
        VectorMath.AddScaled(sum[..Classifier.Stride], scratch, weight);
    }
}
