using System.Net;

namespace SupportBot.Server.Tests.Desk;

/// <summary>Five wrong passwords lock an account for five minutes of the (fake) clock; the right one then works again.</summary>
public sealed class DeskLockoutTests : IAsyncDisposable
{
    private readonly DeskServer _desk = new();

    public ValueTask DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksForFiveMinutesThenAcceptsTheRightOne()
    {
        var client = _desk.NewDeskClient();
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await client.SignInAsync("anna", "wrong password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("Wrong name or password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var fifth = await client.SignInAsync("anna", "wrong again"))
        {
            Assert.Contains("this account is locked until", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var locked = await client.SignInAsync("anna", DeskServer.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
            Assert.Contains("locked until", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        _desk.Clock.Advance(TimeSpan.FromMinutes(4));
        using (var stillLocked = await client.SignInAsync("anna", DeskServer.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);
        }

        _desk.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await client.SignInOrFailAsync("anna", DeskServer.Password);
    }

    [Fact]
    public async Task SignIn_SuccessResetsTheCount()
    {
        var client = _desk.NewDeskClient();
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await client.SignInAsync("boss", "nope nope " + i);
        }

        await _desk.NewDeskClient().SignInOrFailAsync("boss", DeskServer.Password);
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await client.SignInAsync("boss", "nope again " + i);
        }

        // Eight failures in all, but never five in a row: no lockout.
        await _desk.NewDeskClient().SignInOrFailAsync("boss", DeskServer.Password);
    }

    [Fact]
    public async Task SignIn_LockOfOneAccount_LeavesOthersAlone()
    {
        var client = _desk.NewDeskClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SignInAsync("anna", "x" + i);
        }

        await _desk.NewDeskClient().SignInOrFailAsync("boss", DeskServer.Password);
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE staff; --")]
    [InlineData("🙂🙂🙂")]
    public async Task SignIn_UnknownOrOddName_SaysWrongNameOrPasswordAndEscapesIt(string name)
    {
        var client = _desk.NewDeskClient();

        using var response = await client.SignInAsync(name, DeskServer.Password);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Wrong name or password.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        await _desk.NewDeskClient().SignInOrFailAsync("anna", DeskServer.Password);
    }

    [Fact]
    public async Task SignIn_NameInOtherCase_IsTheSameAccount()
    {
        var client = _desk.NewDeskClient();

        using var response = await client.SignInAsync("  ANNA ", DeskServer.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
