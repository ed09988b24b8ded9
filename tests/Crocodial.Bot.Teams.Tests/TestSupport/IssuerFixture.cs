namespace Crocodial.Bot.Teams.Tests.TestSupport;

/// <summary>One loopback issuer and signing key per test class: starting Kestrel and making RSA keys is the slow part.</summary>
public sealed class IssuerFixture : IAsyncLifetime
{
    public TestKey Key { get; } = new("key-a", "msteams", "webchat");

    public FakeBotFrameworkIssuer Issuer { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Issuer = await FakeBotFrameworkIssuer.StartAsync(Key);

    public async ValueTask DisposeAsync()
    {
        await Issuer.DisposeAsync();
        Key.Dispose();
    }
}
