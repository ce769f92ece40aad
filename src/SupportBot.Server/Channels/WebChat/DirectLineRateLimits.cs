using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// Per-conversation token buckets for posts and for reads, and a per-client limit on new conversations, so one client
/// cannot starve the others; past a limit the answer is 429 with Retry-After.
/// </summary>
internal static class DirectLineRateLimits
{
    public const string Post = "directline-post";
    public const string Read = "directline-read";
    public const string Start = "directline-start";

    public static void Configure(RateLimiterOptions limiter, DirectLineOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests for this conversation; retry later.")
                .ExecuteAsync(context.HttpContext);
        };

        limiter.AddPolicy(Post, context => Bucket(ConversationKey(context), options.PostBurst, options.PostsPerSecond));
        limiter.AddPolicy(Read, context => Bucket(ConversationKey(context), options.ReadBurst, options.ReadsPerSecond));
        limiter.AddPolicy(Start, context => options.ConversationsPerMinutePerClient <= 0
            ? RateLimitPartition.GetNoLimiter("all")
            : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.ConversationsPerMinutePerClient,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    private static RateLimitPartition<string> Bucket(string key, int burst, double perSecond)
    {
        // Token buckets refill in whole tokens: refill every 1/perSecond seconds (at least every 10 ms).
        var period = TimeSpan.FromSeconds(Math.Max(0.01, 1 / perSecond));
        var tokensPerPeriod = Math.Max(1, (int)Math.Round(perSecond * period.TotalSeconds));
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    // Conversation routes are keyed by the conversation; the token refresh (no id in the route) by the client address,
    // so made-up tokens cannot create a limiter each.
    private static string ConversationKey(HttpContext context) =>
        context.Request.RouteValues.TryGetValue("conversationId", out var id) && id is string conversation
            ? "c:" + conversation
            : "a:" + ClientKey(context);

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
