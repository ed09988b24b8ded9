namespace Crocodial.Bot.Teams.Tests;

public class TeamsOptionsTests
{
    [Fact]
    public void NothingSet_IsOff_WithoutProblems()
    {
        var options = new TeamsOptions();

        Assert.False(options.IsEnabled);
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void FullyConfigured_IsOn_WithoutProblems()
    {
        var options = new TeamsOptions { AppId = "app", AppPassword = "secret", TenantId = "tenant" };

        Assert.True(options.IsEnabled);
        Assert.Empty(options.Problems());
        Assert.Equal("https://login.microsoftonline.com/tenant", options.EffectiveAuthority);
    }

    [Fact]
    public void AppIdAlone_NamesBothMissingKeys()
    {
        var problems = new TeamsOptions { AppId = "app" }.Problems();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Teams:AppPassword", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:TenantId", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void PasswordWithoutAppId_IsAProblem()
    {
        Assert.Contains(new TeamsOptions { AppPassword = "secret" }.Problems(), p => p.StartsWith("Teams:AppId", StringComparison.Ordinal));
    }

    [Fact]
    public void AllowUnauthenticated_WithAnAppId_IsAProblem()
    {
        var options = new TeamsOptions { AppId = "app", AppPassword = "secret", TenantId = "tenant", AllowUnauthenticated = true };

        Assert.Contains(options.Problems(), p => p.StartsWith("Teams:AllowUnauthenticated", StringComparison.Ordinal));
    }

    [Fact]
    public void AllowUnauthenticated_Alone_IsOn()
    {
        var options = new TeamsOptions { AllowUnauthenticated = true };

        Assert.True(options.IsEnabled);
        Assert.Empty(options.Problems());
    }

    [Theory]
    [InlineData("http://login.example/metadata")]
    [InlineData("not a url")]
    public void MetadataUrl_MustBeHttps_UnlessLoopback(string url)
    {
        var options = new TeamsOptions { AppId = "app", AppPassword = "s", TenantId = "t", OpenIdMetadataUrl = url };

        Assert.Contains(options.Problems(), p => p.StartsWith("Teams:OpenIdMetadataUrl", StringComparison.Ordinal));
        options.OpenIdMetadataUrl = "http://127.0.0.1:5000/v1/.well-known/openidconfiguration";
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void BadAuthorityAndServiceUrls_AreNamed()
    {
        var options = new TeamsOptions
        {
            AppId = "app", AppPassword = "s", TenantId = "t",
            Authority = "http://login.example/t",
            AllowedServiceUrls = "https://ok.example:8443, https://bad.example/with/path",
        };

        var problems = options.Problems();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Teams:Authority", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("https://bad.example/with/path", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_AreSplitOnCommas_AndTrimmed()
    {
        var options = new TeamsOptions { ExtraIssuers = " a , ,b", AllowedTenants = "t1,t2" };

        Assert.Equal(["a", "b"], options.ExtraIssuerList);
        Assert.Equal(["t1", "t2"], options.AllowedTenantList);
    }

    [Fact]
    public void Tenants_DefaultToTheHomeTenant()
    {
        var options = new TeamsOptions { AppId = "app", TenantId = "home" };

        Assert.True(options.IsTenantAllowed("HOME"));
        Assert.False(options.IsTenantAllowed("other"));
        Assert.False(options.IsTenantAllowed(null));
        Assert.True(new TeamsOptions { AllowUnauthenticated = true }.IsTenantAllowed("playground"));
    }
}
