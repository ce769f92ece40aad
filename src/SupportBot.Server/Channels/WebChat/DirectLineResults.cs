using Microsoft.AspNetCore.Http.HttpResults;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Direct Line's JSON answers and errors, serialized with the source-generated context.</summary>
internal static class DirectLineResults
{
    public static JsonHttpResult<T> Json<T>(T value, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)DirectLineJson.Context.GetTypeInfo(typeof(T))!, statusCode: statusCode);

    public static JsonHttpResult<DirectLineError> Error(int statusCode, string code, string message) =>
        Json(DirectLineError.Of(code, message), statusCode);

    public static JsonHttpResult<DirectLineError> BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static JsonHttpResult<DirectLineError> NotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.");

    public static JsonHttpResult<DirectLineError> TooLarge(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is larger than {limit} bytes.");
}
