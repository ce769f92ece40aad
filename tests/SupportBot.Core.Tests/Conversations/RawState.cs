using Microsoft.Data.Sqlite;

namespace SupportBot.Core.Tests.Conversations;

/// <summary>Reads and overwrites stored state rows behind the store's back, as a damaged or old database would hold them.</summary>
internal static class RawState
{
    public static string? Read(string filePath, string name)
    {
        using var connection = new SqliteConnection($"Data Source={filePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM bot_state WHERE name = $name;";
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() as string;
    }

    public static void Overwrite(string filePath, string name, string json)
    {
        using var connection = new SqliteConnection($"Data Source={filePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bot_state SET json = $json WHERE name = $name;";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$json", json);
        if (command.ExecuteNonQuery() != 1)
        {
            throw new InvalidOperationException($"No stored state '{name}' to overwrite.");
        }
    }
}
