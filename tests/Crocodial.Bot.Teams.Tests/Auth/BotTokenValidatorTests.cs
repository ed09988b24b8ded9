using Crocodial.Bot.Teams.Activities;
using Crocodial.Bot.Teams.Auth;
using Crocodial.Bot.Teams.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Crocodial.Bot.Teams.Tests.Auth;

public sealed class BotTokenValidatorTests : IClassFixture<IssuerFixture>
{
    private const string AppId = "9f7c1c55-0000-4000-8000-00000000a991";
    private const string TenantId = "00000000-0000-0000-0000-0000000000001";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero));
    private readonly TestKey _key;
    private readonly FakeBotFrameworkIssuer _issuer;
    private readonly int _metadataRequestsAtStart;

    public BotTokenValidatorTests(IssuerFixture fixture)
    {
        _key = fixture.Key;
        _issuer = fixture.Issuer;
        _issuer.Publish(_key);
        _metadataRequestsAtStart = _issuer.MetadataRequests;
    }

    private int MetadataRequests => _issuer.MetadataRequests - _metadataRequestsAtStart;

    [Fact]
    public async Task ValidToken_IsAccepted()
    {
        var result = await Validate(Bearer(Mint()));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(AppId, result.Identity?.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task ForgedSignature_IsRejected()
    {
        using var forger = new TestKey(_key.Kid);

        var result = await Validate(Bearer(FakeBotFrameworkIssuer.Mint(forger, _time.GetUtcNow(), AppId, ServiceUrl)));

        Assert.Equal(InboundAuthFailure.InvalidSignature, result.Failure);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task Expired_BeyondSkew_IsRejected_WithinSkew_IsAccepted()
    {
        var now = _time.GetUtcNow().UtcDateTime;

        var stale = await Validate(Bearer(Mint(d => (d.NotBefore, d.Expires) = (now.AddHours(-2), now.AddMinutes(-6)))));
        var late = await Validate(Bearer(Mint(d => (d.NotBefore, d.Expires) = (now.AddHours(-2), now.AddMinutes(-4)))));

        Assert.Equal(InboundAuthFailure.Expired, stale.Failure);
        Assert.True(late.Succeeded, late.Reason);
    }

    [Fact]
    public async Task NotYetValid_BeyondSkew_IsRejected_WithinSkew_IsAccepted()
    {
        var now = _time.GetUtcNow().UtcDateTime;

        var early = await Validate(Bearer(Mint(d => (d.IssuedAt, d.NotBefore) = (now.AddMinutes(6), now.AddMinutes(6)))));
        var almost = await Validate(Bearer(Mint(d => (d.IssuedAt, d.NotBefore) = (now.AddMinutes(4), now.AddMinutes(4)))));

        Assert.Equal(InboundAuthFailure.NotYetValid, early.Failure);
        Assert.True(almost.Succeeded, almost.Reason);
    }

    [Fact]
    public async Task Lifetime_FollowsTheInjectedClock()
    {
        var token = Mint();
        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        Assert.Equal(InboundAuthFailure.Expired, (await Validate(Bearer(token))).Failure);
    }

    [Fact]
    public async Task Refusals_AreLogged_WithoutTheToken()
    {
        var logger = new ListLogger<BotTokenValidator>();
        var validator = new BotTokenValidator(Microsoft.Extensions.Options.Options.Create(Options()), _time, logger);
        var tokens = new[] { Mint(d => d.Audience = "other"), Mint(d => d.Issuer = "https://evil.example"), "not-a-jwt" };

        foreach (var token in tokens)
        {
            await validator.ValidateAsync(Bearer(token), Activity(), TestContext.Current.CancellationToken);
        }

        Assert.Equal(3, logger.Lines.Count(l => l.Contains("refused", StringComparison.Ordinal)));
        Assert.All(tokens, t => Assert.DoesNotContain(logger.Lines, l => l.Contains(t, StringComparison.Ordinal)));
        Assert.All(tokens.Where(t => t.Contains('.', StringComparison.Ordinal)), t =>
            Assert.DoesNotContain(logger.Lines, l => l.Contains(t.Split('.')[2], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WrongAudience_IsRejected()
    {
        var result = await Validate(Bearer(Mint(d => d.Audience = "another-app")));

        Assert.Equal(InboundAuthFailure.WrongAudience, result.Failure);
    }

    [Fact]
    public async Task WrongIssuer_IsRejected_BeforeAnyKeyIsFetched()
    {
        var result = await Validate(Bearer(Mint(d => d.Issuer = "https://evil.example")));

        Assert.Equal(InboundAuthFailure.UntrustedIssuer, result.Failure);
        Assert.Equal(0, MetadataRequests);
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + TenantId + "/")]
    [InlineData("https://login.microsoftonline.com/" + TenantId + "/v2.0")]
    [InlineData("https://issuer.test/extra")]
    public async Task TenantAndExtraIssuers_AreAccepted(string issuer)
    {
        var result = await Validate(Bearer(Mint(d => d.Issuer = issuer)), Options(o => o.ExtraIssuers = "https://other.test, https://issuer.test/extra"));

        Assert.True(result.Succeeded, result.Reason);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData(null)]
    public async Task KeyNotEndorsedForTheChannel_IsRejected(string? endorsement)
    {
        using var key = endorsement is null ? new TestKey("key-b") : new TestKey("key-b", endorsement);
        _issuer.Publish(_key, key);

        var result = await Validate(Bearer(FakeBotFrameworkIssuer.Mint(key, _time.GetUtcNow(), AppId, ServiceUrl)));

        Assert.Equal(InboundAuthFailure.MissingEndorsement, result.Failure);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task ActivityFromAnotherChannel_NeedsThatEndorsement()
    {
        var result = await Validate(Bearer(Mint()), activity: Activity() with { ChannelId = "slack" });

        Assert.Equal(InboundAuthFailure.MissingEndorsement, result.Failure);
    }

    [Fact]
    public async Task WrongServiceUrlClaim_IsRejected_With401()
    {
        var result = await Validate(Bearer(FakeBotFrameworkIssuer.Mint(_key, _time.GetUtcNow(), AppId, "https://smba.trafficmanager.net/emea/")));

        Assert.Equal(InboundAuthFailure.ServiceUrlMismatch, result.Failure);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task MissingServiceUrlClaim_IsRejected()
    {
        var result = await Validate(Bearer(Mint(d => d.Claims.Clear())));

        Assert.Equal(InboundAuthFailure.ServiceUrlMismatch, result.Failure);
    }

    [Fact]
    public async Task ServiceUrl_ComparedWithoutTrailingSlashOrCase()
    {
        var result = await Validate(Bearer(FakeBotFrameworkIssuer.Mint(_key, _time.GetUtcNow(), AppId, "https://SMBA.trafficmanager.net/amer")));

        Assert.True(result.Succeeded, result.Reason);
    }

    [Theory]
    [InlineData(null, InboundAuthFailure.MissingToken)]
    [InlineData("", InboundAuthFailure.MissingToken)]
    [InlineData("Basic dXNlcjpwYXNz", InboundAuthFailure.MissingToken)]
    [InlineData("Bearer ", InboundAuthFailure.MissingToken)]
    [InlineData("Bearer not-a-jwt", InboundAuthFailure.MalformedToken)]
    public async Task MissingOrMalformedHeader_IsRejected(string? header, InboundAuthFailure failure)
    {
        var result = await Validate(header);

        Assert.Equal(failure, result.Failure);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task UnknownKid_RefreshesTheKeys_ThenAcceptsTheRolledKey()
    {
        var validator = Validator(Options());
        Assert.True((await validator.ValidateAsync(Bearer(Mint()), Activity(), TestContext.Current.CancellationToken)).Succeeded);
        var requestsBefore = _issuer.MetadataRequests;
        using var rolled = new TestKey("key-rolled", "msteams");
        _issuer.Publish(_key, rolled);

        var result = await validator.ValidateAsync(Bearer(FakeBotFrameworkIssuer.Mint(rolled, _time.GetUtcNow(), AppId, ServiceUrl)), Activity(), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(requestsBefore + 1, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task RolledKey_SeenByConcurrentRequests_RefreshesOnce_AndAllPass()
    {
        var validator = Validator(Options());
        Assert.True((await validator.ValidateAsync(Bearer(Mint()), Activity(), TestContext.Current.CancellationToken)).Succeeded);
        using var rolled = new TestKey("key-rolled-2", "msteams");
        _issuer.Publish(_key, rolled);
        var token = Bearer(FakeBotFrameworkIssuer.Mint(rolled, _time.GetUtcNow(), AppId, ServiceUrl));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => validator.ValidateAsync(token, Activity(), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Reason));
        Assert.Equal(2, MetadataRequests);
    }

    [Fact]
    public async Task KnownKid_IsServedFromTheCache()
    {
        var validator = Validator(Options());

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await validator.ValidateAsync(Bearer(Mint()), Activity(), TestContext.Current.CancellationToken)).Succeeded);
        }

        Assert.Equal(1, MetadataRequests);
    }

    [Fact]
    public async Task KidNeverPublished_IsRejected()
    {
        using var stranger = new TestKey("key-unknown", "msteams");

        var result = await Validate(Bearer(FakeBotFrameworkIssuer.Mint(stranger, _time.GetUtcNow(), AppId, ServiceUrl)));

        Assert.Equal(InboundAuthFailure.SigningKeyNotFound, result.Failure);
    }

    [Fact]
    public async Task UnsignedToken_IsRejected()
    {
        var unsigned = Mint(d => d.SigningCredentials = null);

        var result = await Validate(Bearer(unsigned));

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task MetadataUnreachable_IsRejected()
    {
        var result = await Validate(Bearer(Mint()), Options(o => o.OpenIdMetadataUrl = "http://127.0.0.1:9/v1/.well-known/openidconfiguration"));

        Assert.Equal(InboundAuthFailure.KeysUnavailable, result.Failure);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task TenantNotAllowed_IsRejected_With403()
    {
        var result = await Validate(Bearer(Mint()), activity: Activity() with { Conversation = new ConversationAccount { Id = "a:1", TenantId = "other" } });

        Assert.Equal(InboundAuthFailure.TenantNotAllowed, result.Failure);
        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public async Task AllowedTenants_ReplaceTheHomeTenant()
    {
        var options = Options(o => o.AllowedTenants = "customer-a, customer-b");
        var activity = Activity() with { Conversation = new ConversationAccount { Id = "a:1", TenantId = "customer-b" } };

        Assert.True((await Validate(Bearer(Mint()), options, activity)).Succeeded);
        Assert.Equal(InboundAuthFailure.TenantNotAllowed, (await Validate(Bearer(Mint()), options)).Failure);
    }

    [Fact]
    public async Task UnauthenticatedMode_AcceptsThePlaygroundWithoutAToken()
    {
        var options = new TeamsOptions { AllowUnauthenticated = true, OpenIdMetadataUrl = _issuer.MetadataUrl };

        var result = await Validate(null, options, Samples.Activity(Samples.ChannelMention));

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(0, MetadataRequests);
    }

    private Task<InboundAuthResult> Validate(string? header, TeamsOptions? options = null, Activity? activity = null) =>
        Validator(options ?? Options()).ValidateAsync(header, activity ?? Activity(), TestContext.Current.CancellationToken);

    private BotTokenValidator Validator(TeamsOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), _time, NullLogger<BotTokenValidator>.Instance);

    private TeamsOptions Options(Action<TeamsOptions>? change = null)
    {
        var options = new TeamsOptions { AppId = AppId, AppPassword = "secret", TenantId = TenantId, OpenIdMetadataUrl = _issuer.MetadataUrl };
        change?.Invoke(options);
        return options;
    }

    private static Activity Activity() =>
        Samples.Activity(Samples.ChannelMention) with { ServiceUrl = ServiceUrl };

    private string Mint(Action<SecurityTokenDescriptor>? change = null) =>
        FakeBotFrameworkIssuer.Mint(_key, _time.GetUtcNow(), AppId, ServiceUrl, change);

    private static string Bearer(string token) => "Bearer " + token;
}
