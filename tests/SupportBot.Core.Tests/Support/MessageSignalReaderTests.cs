using SupportBot.Core.Support;

namespace SupportBot.Core.Tests.Support;

public sealed class MessageSignalReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("😡😡😡")]
    [InlineData("?!...")]
    public void Read_NoLettersOrDigits_IsEmpty(string text) => Assert.True(MessageSignalReader.Read(text, 2000).IsEmpty);

    [Theory]
    [InlineData("позовите оператора")]
    [InlineData("Хочу поговорить с живым человеком!")]
    [InlineData("/operator")]
    [InlineData("/operator@SupportBot")]
    [InlineData("can I talk to a real person please")]
    [InlineData("OPERATOR")]
    public void Read_ExplicitAskForAPerson_AsksForHuman(string text) => Assert.True(MessageSignalReader.Read(text, 2000).AsksForHuman);

    [Theory]
    [InlineData("не работает впн")]
    [InlineData("the printer operates slowly")]
    [InlineData("операционная система не грузится")]
    public void Read_OrdinaryProblem_DoesNotAskForHuman(string text) => Assert.False(MessageSignalReader.Read(text, 2000).AsksForHuman);

    [Theory]
    [InlineData("ОПЯТЬ НИЧЕГО НЕ РАБОТАЕТ")]
    [InlineData("vpn is down again!!!")]
    [InlineData("это просто бесит")]
    public void Read_ShoutingOrSwearing_SoundsFrustrated(string text) => Assert.True(MessageSignalReader.Read(text, 2000).SoundsFrustrated);

    [Theory]
    [InlineData("VPN")]
    [InlineData("Outlook не открывается")]
    public void Read_ShortAcronymOrCalmText_IsNotFrustrated(string text) => Assert.False(MessageSignalReader.Read(text, 2000).SoundsFrustrated);

    [Theory]
    [InlineData("не работает")]
    [InlineData("Не работает!")]
    [InlineData("help")]
    [InlineData("it doesn't work")]
    [InlineData("Всё сломалось")]
    public void Read_BareComplaint_IsVague(string text) => Assert.True(MessageSignalReader.Read(text, 2000).IsVague);

    [Fact]
    public void Read_ComplaintWithSubject_IsNotVague() => Assert.False(MessageSignalReader.Read("не работает почта", 2000).IsVague);

    [Theory]
    [InlineData("/start", "/start", "")]
    [InlineData("/status SB-000123", "/status", "sb-000123")]
    [InlineData("/Status@SupportBot 12", "/status", "12")]
    public void Read_SlashCommand_GivesCommandAndArgument(string text, string command, string argument)
    {
        var signals = MessageSignalReader.Read(text, 2000);
        Assert.Equal(command, signals.Command);
        Assert.Equal(argument, signals.CommandArgument);
    }

    [Theory]
    [InlineData("/ ")]
    [InlineData("/123")]
    [InlineData("C:/Windows")]
    public void Read_SlashWithoutCommandWord_IsNoCommand(string text) => Assert.Null(MessageSignalReader.Read(text, 2000).Command);

    [Fact]
    public void Read_TextLongerThanTheLimit_IsMarkedCut()
    {
        Assert.True(MessageSignalReader.Read(new string('a', 2001), 2000).WasCut);
        Assert.False(MessageSignalReader.Read(new string('a', 2000), 2000).WasCut);
    }
}
