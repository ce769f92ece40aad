using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SupportBot.Server.Desk.Html;

/// <summary>
/// A piece of HTML that is safe to send. Built from an interpolated string where the literal parts are markup and
/// every hole is encoded, unless it is itself <see cref="Html"/>: <c>Html.Of($"&lt;td&gt;{user.Name}&lt;/td&gt;")</c>. So
/// user text can only ever become text, as in Razor.
/// </summary>
internal sealed class Html
{
    /// <summary>Encodes &lt;, &gt;, &amp;, quotes and control characters, keeping Cyrillic readable.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private Html(string value) => Value = value;

    /// <summary>Nothing.</summary>
    public static Html Empty { get; } = new("");

    /// <summary>The markup.</summary>
    public string Value { get; }

    /// <summary>Markup from an interpolated string, with every hole encoded.</summary>
    public static Html Of(ref HtmlBuilder builder) => new(builder.Build());

    /// <summary>Encoded text.</summary>
    public static Html Text(string? text) => new(Encoder.Encode(text ?? ""));

    /// <summary>Pieces one after another.</summary>
    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>Markup when <paramref name="condition"/> holds, else nothing.</summary>
    public static Html If(bool condition, Html html) => condition ? html : Empty;

    internal static Html Trusted(string markup) => new(markup);

    /// <inheritdoc />
    public override string ToString() => Value;
}
