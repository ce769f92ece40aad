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
            var existing = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (existing.Length >= 32)
            {
                return existing;
            }
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
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        return key;
    }
}
