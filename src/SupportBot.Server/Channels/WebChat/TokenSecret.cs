using System.Security.Cryptography;
using System.Text;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Finds the token signing key: the configured secret, else one generated once and kept in the data folder.</summary>
internal static class TokenSecret
{
    public const string FileName = "directline-token-secret";

    public static byte[] Resolve(string? configured, string dataFolder)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Encoding.UTF8.GetBytes(configured);
        }

        var path = Path.Combine(dataFolder, FileName);
        if (File.Exists(path))
        {
            return ReadExisting(path);
        }

        Directory.CreateDirectory(dataFolder);
        var key = RandomNumberGenerator.GetBytes(64);
        var temporary = path + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, Encoding.ASCII, fileOptions))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        // Two servers starting on one fresh folder must end with one key: the first rename wins, the other reads it.
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return ReadExisting(path);
        }

        return key;
    }

    private static byte[] ReadExisting(string path)
    {
        var text = File.ReadAllText(path).Trim();
        var key = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, key, out var length) || length < 32)
        {
            throw new InvalidOperationException(
                $"The token signing key in {path} is damaged (expected at least 32 bytes in base64). Delete the file to generate a new one (open conversations then need new tokens), or set DirectLine__TokenSecret.");
        }

        return key[..length];
    }
}
