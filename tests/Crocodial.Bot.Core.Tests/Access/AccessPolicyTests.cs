using Crocodial.Bot.Core.Access;
using Microsoft.Extensions.Options;

namespace Crocodial.Bot.Core.Tests.Access;

public class AccessPolicyTests
{
    private static AccessPolicy Policy(params AccessRule[] rules) =>
        new(Options.Create(new AccessOptions { Rules = [.. rules] }));

    private static AccessRule Rule(string channel, string[] tenants, string[]? defaults = null) =>
        new() { Channel = channel, Tenants = [.. tenants], Default = [.. defaults ?? []] };

    [Fact]
    public void NoRules_AnyChannel_SeesEveryTenant()
    {
        var decision = Policy().Decide("slack:T1/C1", ["AAA", "ZZZ"], allTenants: false);

        Assert.True(decision.IsAllowed);
        Assert.Equal(["AAA", "ZZZ"], decision.Tenants);
    }

    [Fact]
    public void NoRules_NoTenantNamed_QueriesEveryTenant()
    {
        var decision = Policy().Decide(ChannelKey.Cli, [], allTenants: false);

        Assert.True(decision.IsAllowed);
        Assert.Empty(decision.Tenants);
        Assert.True(decision.UsedDefault);
    }

    [Fact]
    public void Rule_TenantNotListed_IsRefusedWithItsName()
    {
        var policy = Policy(Rule("slack:T1/C1", ["TTY"]));

        var decision = policy.Decide("slack:T1/C1", ["TTY", "AAA"], allTenants: false);

        Assert.False(decision.IsAllowed);
        Assert.Equal("This channel can't see AAA — ask an admin.", decision.Refusal);
    }

    [Fact]
    public void Rules_FirstMatchWins()
    {
        var policy = Policy(Rule("slack:T1/C1", ["TTY"]), Rule("slack:T1/*", ["*"]));

        Assert.False(policy.Decide("slack:T1/C1", ["AAA"], false).IsAllowed);
        Assert.True(policy.Decide("slack:T1/C2", ["AAA"], false).IsAllowed);
    }

    [Fact]
    public void Rules_NoMatch_FailsClosed()
    {
        var policy = Policy(Rule("slack:T1/C1", ["*"]));

        var decision = policy.Decide("teams:tenant/19:abc", [], allTenants: true);

        Assert.False(decision.IsAllowed);
        Assert.Contains("ask an admin", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_NoTenantNamed_UsesChannelDefaults()
    {
        var policy = Policy(Rule("*", ["TTY", "AAA"], ["tty"]));

        var decision = policy.Decide("cli", [], allTenants: false);

        Assert.Equal(["TTY"], decision.Tenants);
        Assert.True(decision.UsedDefault);
    }

    [Fact]
    public void Rule_NoDefaults_UsesEveryVisibleTenant()
    {
        var decision = Policy(Rule("*", ["TTY", "AAA"])).Decide("cli", [], allTenants: false);

        Assert.Equal(["TTY", "AAA"], decision.Tenants);
    }

    [Fact]
    public void Rule_AllTenants_GivesVisibleListNotDefaults()
    {
        var decision = Policy(Rule("*", ["TTY", "AAA"], ["TTY"])).Decide("cli", [], allTenants: true);

        Assert.Equal(["TTY", "AAA"], decision.Tenants);
        Assert.False(decision.UsedDefault);
    }

    [Fact]
    public void Rule_StarTenants_AllTenantsSendsNoTenantList()
    {
        var decision = Policy(Rule("*", ["*"])).Decide("cli", [], allTenants: true);

        Assert.True(decision.IsAllowed);
        Assert.Empty(decision.Tenants);
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1712345", "teams:t1/19:abc@thread.tacv2")]
    [InlineData("19:abc@thread.tacv2", "teams:t1/19:abc@thread.tacv2")]
    public void TeamsKey_DropsThreadSuffix(string conversationId, string expected) =>
        Assert.Equal(expected, ChannelKey.ForTeams("t1", conversationId));

    [Theory]
    [InlineData("slack:T1/*", "slack:T1/C9", true)]
    [InlineData("slack:T1/*", "slack:T2/C9", false)]
    [InlineData("*", "cli", true)]
    [InlineData("cli", "cli", true)]
    [InlineData("slack:T1/C1", "slack:T1/C10", false)]
    public void ChannelPattern_TrailingStarMatchesSuffix(string pattern, string key, bool matches) =>
        Assert.Equal(matches, ChannelKey.Matches(pattern, key));
}
