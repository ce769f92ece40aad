namespace SupportBot.Core.Intents;

/// <summary>Fits a <see cref="LinearSoftmax"/> by SGD with feature dropout and a lazily applied L2 decay, deterministically from a seed.</summary>
internal static class SoftmaxTrainer
{
    public static LinearSoftmax Fit(
        IReadOnlyList<SparseVector> inputs,
        IReadOnlyList<int> labels,
        int featureCount,
        int classCount,
        SoftmaxTrainerOptions options,
        int seed,
        CancellationToken cancellationToken = default)
    {
        var model = new LinearSoftmax(featureCount, classCount);
        var random = new Random(seed);
        var order = Enumerable.Range(0, inputs.Count).ToArray();
        var gradient = new float[model.Stride];
        var lambda = options.L2;
        // The true weights are scale × stored weights, so decaying every weight each step costs one multiplication.
        double scale = 1;
        long step = 0;
        var totalSteps = (double)options.Epochs * inputs.Count;
        var dropout = options.FeatureDropout > 0
            ? new FeatureDropout(options.FeatureDropout, seed, inputs.Count == 0 ? 0 : inputs.Max(x => x.Count))
            : null;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var i in order)
            {
                var learningRate = options.LinearDecay
                    ? options.LearningRate * Math.Max(1e-3, 1 - (step / totalSteps))
                    : options.LearningRate / (1 + (options.LearningRate * lambda * step));
                // The step sees a thinned copy of the example; prediction always uses the whole vector.
                var x = inputs[i];
                var kept = dropout?.Apply(x) ?? x.Count;
                ReadOnlySpan<int> indices = (dropout?.Indices ?? x.Indices).AsSpan(0, kept);
                ReadOnlySpan<float> values = (dropout?.Values ?? x.Values).AsSpan(0, kept);
                model.Scores(indices, values, gradient, (float)scale);
                VectorMath.Softmax(gradient, classCount);
                gradient[labels[i]] -= 1f;

                scale *= 1 - (learningRate * lambda);
                var stepOverScale = (float)(learningRate / scale);
                for (var k = 0; k < indices.Length; k++)
                {
                    VectorMath.AddScaled(model.Row(indices[k]), gradient, -stepOverScale * values[k]);
                }

                VectorMath.AddScaled(model.Bias, gradient, (float)-learningRate);
                if (scale < 1e-6)
                {
                    Rescale(model.Weights, (float)scale);
                    scale = 1;
                }

                step++;
            }
        }

        Rescale(model.Weights, (float)scale);
        Array.Clear(model.Bias, classCount, model.Stride - classCount);
        return model;
    }

    private static void Rescale(float[] weights, float scale)
    {
        if (scale != 1f)
        {
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] *= scale;
            }
        }
    }
}
