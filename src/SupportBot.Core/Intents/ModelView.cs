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

    /// <summary>Adds this member's class scores (logits) of <paramref name="text"/>, times <paramref name="weight"/>, to <paramref name="sum"/>.</summary>
    public void AddScores(AnalyzedText text, Span<float> sum, Span<float> scratch, float weight) =>
        AddScores(Features.Transform(text), sum, scratch, weight);

    /// <inheritdoc cref="AddScores(AnalyzedText, Span{float}, Span{float}, float)"/>
    public void AddScores(ExtractedFeatures features, Span<float> sum, Span<float> scratch, float weight) =>
        AddScores(Features.Transform(features), sum, scratch, weight);

    private void AddScores(SparseVector x, Span<float> sum, Span<float> scratch, float weight)
    {
        Classifier.Scores(x, scratch);
        VectorMath.AddScaled(sum[..Classifier.Stride], scratch, weight);
    }
}
