using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SupportBot.Core.Intents;

/// <summary>The two dense kernels the model spends its time in, vectorized.</summary>
internal static class VectorMath
{
    /// <summary>Class rows are padded to a multiple of this, so every row is whole SIMD vectors on any CPU.</summary>
    public const int RowAlignment = 16;

    public static int PaddedLength(int length) => (length + RowAlignment - 1) / RowAlignment * RowAlignment;

    /// <summary>target += factor * source, over target's length.</summary>
    public static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float factor)
    {
        if (source.Length < target.Length)
        {
            throw new ArgumentException("The source is shorter than the target.", nameof(source));
        }

        ref var t = ref MemoryMarshal.GetReference(target);
        ref readonly var s = ref MemoryMarshal.GetReference(source);
        var length = (nuint)target.Length;
        nuint i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = (nuint)Vector<float>.Count;
            var multiplier = new Vector<float>(factor);
            for (; i + width <= length; i += width)
            {
                var sum = Vector.LoadUnsafe(ref t, i) + (Vector.LoadUnsafe(in s, i) * multiplier);
                sum.StoreUnsafe(ref t, i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref t, i) += factor * Unsafe.Add(ref Unsafe.AsRef(in s), i);
        }
    }

    /// <summary>Turns scores into probabilities in place over the first <paramref name="count"/> entries.</summary>
    public static void Softmax(Span<float> scores, int count)
    {
        var max = float.NegativeInfinity;
        for (var i = 0; i < count; i++)
        {
            max = Math.Max(max, scores[i]);
        }

        double sum = 0;
        for (var i = 0; i < count; i++)
        {
            var e = MathF.Exp(scores[i] - max);
            scores[i] = e;
            sum += e;
        }

        var inverse = (float)(1.0 / sum);
        for (var i = 0; i < count; i++)
        {
            scores[i] *= inverse;
        }
    }
}
