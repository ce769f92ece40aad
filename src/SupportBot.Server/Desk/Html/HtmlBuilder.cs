using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SupportBot.Server.Desk.Html;

/// <summary>The interpolated-string handler behind <see cref="Html.Of"/>: literals pass through, holes are encoded.</summary>
[InterpolatedStringHandler]
internal ref struct HtmlBuilder
{
    private readonly StringBuilder _builder;

    public HtmlBuilder(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string literal) => _builder.Append(literal);

    public readonly void AppendFormatted(Html? html) => _builder.Append(html?.Value);

    public readonly void AppendFormatted(string? text) => _builder.Append(Html.Encoder.Encode(text ?? ""));

    public readonly void AppendFormatted<T>(T value)
    {
        if (value is IEnumerable<Html> parts)
        {
            // A list of built pieces (List<Html>, an array) is markup already.
            foreach (var part in parts)
            {
                _builder.Append(part.Value);
            }

            return;
        }

        _builder.Append(Html.Encoder.Encode(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? ""));
    }

    public readonly string Build() => _builder.ToString();
}
