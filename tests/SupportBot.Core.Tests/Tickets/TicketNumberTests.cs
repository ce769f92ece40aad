using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

public sealed class TicketNumberTests
{
    [Theory]
    [InlineData("SB-000123", 123)]
    [InlineData("sb-123", 123)]
    [InlineData("SB123", 123)]
    [InlineData("Sb 123", 123)]
    [InlineData("SB_7", 7)]
    [InlineData("#123", 123)]
    [InlineData("# 123", 123)]
    [InlineData("№123", 123)]
    [InlineData("№ 45", 45)]
    [InlineData("123", 123)]
    [InlineData("  000123  ", 123)]
    [InlineData("SB-1234567", 1_234_567)]
    [InlineData("999999999999", 999_999_999_999)]
    public void TryParse_FormsPeopleType_GivesTheNumber(string text, long expected)
    {
        Assert.True(TicketNumber.TryParse(text, out var number));
        Assert.Equal(expected, number.Value);
        Assert.Equal(number, TicketNumber.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("SB-")]
    [InlineData("SB")]
    [InlineData("#")]
    [InlineData("0")]
    [InlineData("SB-000000")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("12a")]
    [InlineData("1.5")]
    [InlineData("1 2")]
    [InlineData("SB--1")]
    [InlineData("SB-#1")]
    [InlineData("XB-123")]
    [InlineData("заявка 123")]
    [InlineData("１２３")]
    [InlineData("٣")]
    [InlineData("1234567890123")]
    [InlineData("'; DROP TABLE tickets; --")]
    [InlineData("😀123")]
    public void TryParse_NotANumber_ReturnsFalse(string? text)
    {
        Assert.False(TicketNumber.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => TicketNumber.Parse(text));
        }
    }

    [Theory]
    [InlineData(1, "SB-000001")]
    [InlineData(123, "SB-000123")]
    [InlineData(999_999, "SB-999999")]
    [InlineData(1_000_000, "SB-1000000")]
    public void ToString_AnyValue_PadsToSixDigits(long value, string expected)
    {
        var number = new TicketNumber(value);
        Assert.Equal(expected, number.ToString());
        Assert.Equal(number, TicketNumber.Parse(number.ToString()));
    }

    [Fact]
    public void Constructor_ZeroOrNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketNumber(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketNumber(-1));
    }

    [Fact]
    public void CompareTo_TwoNumbers_OrdersByValue()
    {
        var small = new TicketNumber(9);
        var large = new TicketNumber(10);
        Assert.True(small < large);
        Assert.True(large >= small);
        Assert.Equal([small, large], new[] { large, small }.Order());
    }
}
