using Crocodial.Bot.Slack.Payloads;
using Microsoft.AspNetCore.Http;

namespace Crocodial.Bot.Slack.Tests.Payloads;

public class SlackRetryTests
{
    [Fact]
    public void FromHeaders_FirstDelivery_IsNotARetry()
    {
        var retry = SlackRetry.FromHeaders(new HeaderDictionary());

        Assert.False(retry.IsRetry);
        Assert.Null(retry.Reason);
    }

    [Fact]
    public void FromHeaders_Retry_ReadsNumberAndReason()
    {
        var retry = SlackRetry.FromHeaders(new HeaderDictionary { ["X-Slack-Retry-Num"] = "2", ["X-Slack-Retry-Reason"] = "http_timeout" });

        Assert.Equal(new SlackRetry(2, "http_timeout"), retry);
        Assert.True(retry.IsRetry);
    }

    [Fact]
    public void FromHeaders_GarbledNumber_IsZero() =>
        Assert.Equal(0, SlackRetry.FromHeaders(new HeaderDictionary { ["X-Slack-Retry-Num"] = "two" }).Number);
}
