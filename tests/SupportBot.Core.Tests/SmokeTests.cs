namespace SupportBot.Core.Tests;
public class SmokeTests { [Fact] public void One_IsOne() => Assert.Equal(1, int.Parse("1", System.Globalization.CultureInfo.InvariantCulture)); }
