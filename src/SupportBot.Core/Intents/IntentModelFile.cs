using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>
/// The model file: magic "SBIM", format version, JSON metadata, then per member view its vocabulary (feature hashes
/// and IDF) and 8-bit weights, and a SHA-256 of everything before it, so a corrupt or truncated file is refused
/// instead of half-loaded. Version 1 had exactly one view and no view count; version 2's hyperparameters had no feature
/// dropout, so they would misstate how the model was trained. Both are refused with a request to retrain.
/// </summary>
public static class IntentModelFile
{
    /// <summary>The layout version this build writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 3;

    /// <summary>The default file name under <c>models/</c>.</summary>
    public const string DefaultFileName = "intent-model.sbim";

    private static readonly byte[] Magic = "SBIM"u8.ToArray();
    private const int ChecksumLength = 32;

    /// <summary>Writes the model to a temporary file beside <paramref name="path"/> and renames it, so readers never see half a file.</summary>
    public static void Save(IntentModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bytes = Serialize(model);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The model's file contents; the same model always gives the same bytes.</summary>
    public static byte[] Serialize(IntentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(CurrentFormatVersion);
            var info = JsonSerializer.SerializeToUtf8Bytes(model.Info with { FormatVersion = CurrentFormatVersion }, ModelJsonContext.Default.IntentModelInfo);
            writer.Write(info.Length);
            writer.Write(info);
            writer.Write(model.Views.Count);
            foreach (var view in model.Views)
            {
                WriteView(writer, view);
            }
        }

        var content = buffer.ToArray();
        return [.. content, .. SHA256.HashData(content)];
    }

    /// <summary>Loads a model file; any problem is an <see cref="IntentModelFormatException"/> that names the file.</summary>
    public static IntentModel Load(string path, TextAnalyzer? analyzer = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IntentModelFormatException(path, e.Message, e);
        }

        return Deserialize(bytes, path, analyzer ?? TextAnalyzer.Default);
    }

    /// <summary>Reads a model from file contents; <paramref name="path"/> only names it in errors.</summary>
    public static IntentModel Deserialize(byte[] bytes, string path, TextAnalyzer analyzer)
    {
        if (bytes.Length < Magic.Length + sizeof(int) + ChecksumLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new IntentModelFormatException(path, "not a SupportBot intent model (bad header)");
        }

        var version = BitConverter.ToInt32(bytes, Magic.Length);
        if (version > CurrentFormatVersion)
        {
            throw new IntentModelFormatException(path, $"format version {version} is newer than this build reads ({CurrentFormatVersion}); upgrade SupportBot or retrain");
        }

        if (version < 1)
        {
            throw new IntentModelFormatException(path, $"unknown format version {version}");
        }

        if (version < CurrentFormatVersion)
        {
            throw new IntentModelFormatException(path, $"format version {version} is older than this build reads ({CurrentFormatVersion}); retrain with 'supportbot train'");
        }

        var contentLength = bytes.Length - ChecksumLength;
        if (!SHA256.HashData(bytes.AsSpan(0, contentLength)).AsSpan().SequenceEqual(bytes.AsSpan(contentLength)))
        {
            throw new IntentModelFormatException(path, "checksum mismatch: the file is corrupt or truncated");
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length + sizeof(int), contentLength - Magic.Length - sizeof(int)), Encoding.UTF8);
            var info = JsonSerializer.Deserialize(reader.ReadBytes(reader.ReadInt32()), ModelJsonContext.Default.IntentModelInfo)
                ?? throw new InvalidDataException("empty metadata");
            var viewFeatures = info.Hyperparameters.ViewFeatures();
            var viewCount = reader.ReadInt32();
            if (viewCount != viewFeatures.Count)
            {
                throw new InvalidDataException($"the file has {viewCount} view(s), its hyperparameters describe {viewFeatures.Count}");
            }

            var views = viewFeatures.Select(options => ReadView(reader, options, info.Labels.Count)).ToArray();
            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw new InvalidDataException("unexpected bytes after the last view");
            }

            return new IntentModel(info with { FormatVersion = version }, views, analyzer);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or JsonException or ArgumentException or OverflowException)
        {
            throw new IntentModelFormatException(path, "malformed content: " + e.Message, e);
        }
    }

    private static void WriteView(BinaryWriter writer, ModelView view)
    {
        var features = view.Features;
        writer.Write(features.Count);
        writer.Write(features.WordFeatureCount);
        foreach (var hash in features.Hashes)
        {
            writer.Write(hash);
        }

        foreach (var idf in features.Idf)
        {
            writer.Write(idf);
        }

        view.Classifier.Write(writer);
    }

    private static ModelView ReadView(BinaryReader reader, FeaturizerOptions options, int labelCount)
    {
        var featureCount = reader.ReadInt32();
        var wordFeatureCount = reader.ReadInt32();
        if (featureCount < 0 || wordFeatureCount < 0 || wordFeatureCount > featureCount || (long)featureCount * 12 > reader.BaseStream.Length)
        {
            throw new InvalidDataException($"implausible vocabulary size {featureCount}");
        }

        var hashes = new ulong[featureCount];
        for (var i = 0; i < featureCount; i++)
        {
            hashes[i] = reader.ReadUInt64();
        }

        var idf = new float[featureCount];
        for (var i = 0; i < featureCount; i++)
        {
            idf[i] = reader.ReadSingle();
        }

        var features = new FeatureSpace(options, hashes, idf, wordFeatureCount);
        return new ModelView(features, LinearSoftmax.Read(reader, featureCount, labelCount));
    }
}
