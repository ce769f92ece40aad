using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>A browser-like HTTP client of the desk: keeps cookies, does not follow redirects, reads anti-forgery tokens from pages.</summary>
internal sealed partial class DeskClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static DeskClient Create(ServerFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs in through the login form; returns the response to the POST.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string name, string password)
    {
        var token = await TokenFromAsync("/desk/login");
        return await Http.PostAsync("/desk/login", Form(("name", name), ("password", password), ("__csrf", token)));
    }

    public async Task SignInOrFailAsync(string name, string password)
    {
        using var response = await SignInAsync(name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/desk", response.Headers.Location?.OriginalString);
    }

    /// <summary>The anti-forgery token of the page at <paramref name="path"/> (hidden form field or meta tag).</summary>
    public async Task<string> TokenFromAsync(string path)
    {
        var html = await GetPageAsync(path);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no anti-forgery token on " + path);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await DirectLineTestClient.ReadObjectAsync(response);
    }

    /// <summary>A form post with the page's token, as the console's buttons do.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        var token = await TokenFromAsync("/desk");
        return await Http.PostAsync(path, Form([.. fields, ("__csrf", token)]));
    }

    /// <summary>A JSON post with the token in the header, as desk.js does.</summary>
    public async Task<HttpResponseMessage> PostJsonAsync(string path, string? json, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (json is not null)
        {
            request.Content = DirectLineTestClient.Json(json);
        }

        if (withToken)
        {
            request.Headers.Add("X-Desk-CSRF", await TokenFromAsync("/desk"));
        }

        return await Http.SendAsync(request);
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex("""(?:name="__csrf" value|name="desk-csrf" content)="([^"]+)""")]
    private static partial Regex TokenPattern();
}
