using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.Server.Desk.Api;

/// <summary>Source-generated JSON for the desk API (camelCase, no type names).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DeskError))]
[JsonSerializable(typeof(DeskTicketList))]
[JsonSerializable(typeof(DeskChangeFeed))]
[JsonSerializable(typeof(DeskTicketView))]
[JsonSerializable(typeof(DeskReplyRequest))]
[JsonSerializable(typeof(DeskActionResponse))]
[JsonSerializable(typeof(IReadOnlyList<DeskStaffRow>))]
internal sealed partial class DeskJsonContext : JsonSerializerContext;
