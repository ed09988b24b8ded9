using Crocodial.Bot.Host.Tests.Teams.Support;

namespace Crocodial.Bot.Host.Tests.Subscriptions;

/// <summary>The subscription cases in a Teams channel (mentions answered by card through the Connector), and Teams' own.</summary>
public sealed class TeamsSubscriptionChatTests : SubscriptionChatTests
{
    protected override string Manager => TeamsSubscriptionsApp.Asker;

    protected override string Someone => "aad-someone";

    protected override string Here => TeamsSubscriptionsApp.Channel;

    protected override string There => "19:sales@thread.tacv2";

    protected override string AskerZone => "Europe/Madrid";

    protected override string AccessKeyOfHere => $"teams:{TeamsBotFactory.TenantId}/{TeamsSubscriptionsApp.Channel}";

    protected override string AskerIdOf(string user) => "teams:" + user;

    internal override async Task<IChatHarness> StartAsync(Dictionary<string, string?>? settings = null) =>
        await TeamsSubscriptionsApp.StartAsync(settings);

    [Fact]
    public async Task CardButton_IsCheckedAsTheClicker()
    {
        await using var app = await TeamsSubscriptionsApp.StartAsync(new() { ["Subscriptions:Managers"] = "teams:" + Manager });
        var id = await app.SeedAsync(Here, new TimeOnly(9, 0));

        var answer = await app.ClickAsync($"unsubscribe {id}", Here, Someone);

        Assert.Contains("Only the bot's subscription managers", answer, StringComparison.Ordinal);
        Assert.Single(await app.StoredAsync(Here));
    }

    [Fact]
    public async Task Subscribe_ByAadObjectId_AsManager_FromAThreadPostsToTheChannel()
    {
        await using var app = await TeamsSubscriptionsApp.StartAsync(new() { ["Subscriptions:Managers"] = Manager });

        await app.SayAsync("subscribe weekdays at 7:30 for TTY", Here, Manager);

        var stored = Assert.Single(await app.StoredAsync(Here));
        Assert.Equal(Here, stored.Channel.Address);
        Assert.Equal("teams:" + Manager, stored.CreatedBy);
        Assert.Equal("Europe/Madrid", stored.Zone);
    }
}
