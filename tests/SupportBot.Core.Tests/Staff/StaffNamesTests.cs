using SupportBot.Core.Staff;

namespace SupportBot.Core.Tests.Staff;

public sealed class StaffNamesTests
{
    [Theory]
    [InlineData("Anna", "anna")]
    [InlineData("  ivan.petrov ", "ivan.petrov")]
    [InlineData("Анна_К", "анна_к")]
    [InlineData("ops@example.com", "ops@example.com")]
    [InlineData("a-1", "a-1")]
    public void TryNormalize_GoodName_LowerCaseTrimmed(string text, string expected)
    {
        Assert.True(StaffNames.TryNormalize(text, out var name, out _));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("anna smith")]
    [InlineData("<b>")]
    [InlineData("anna;drop")]
    [InlineData("🙂🙂")]
    [InlineData("a\u0000b")]
    public void TryNormalize_BadName_SaysWhy(string? text)
    {
        Assert.False(StaffNames.TryNormalize(text, out var name, out var error));
        Assert.Null(name);
        Assert.StartsWith("A staff name ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryNormalize_TooLong_IsRefused() => Assert.False(StaffNames.TryNormalize(new string('a', 65), out _, out _));

    [Theory]
    [InlineData("agent", StaffRole.Agent)]
    [InlineData("ADMIN", StaffRole.Admin)]
    public void Roles_Parse(string text, StaffRole role)
    {
        Assert.True(StaffRoles.TryParse(text, out var parsed));
        Assert.Equal(role, parsed);
        Assert.Equal(text.ToLowerInvariant(), StaffRoles.Name(parsed));
    }

    [Theory]
    [InlineData("root")]
    [InlineData("")]
    [InlineData(null)]
    public void Roles_Unknown_IsFalse(string? text) => Assert.False(StaffRoles.TryParse(text, out _));
}
