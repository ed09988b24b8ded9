namespace Crocodial.Bot.Host.Tests.MultiProcess;

/// <summary>
/// Issue 6's check from outside: several real host processes on one SQLite file or one PostgreSQL database, with
/// a stand-in Slack, post every subscription exactly once for the day and lose none — also when a host is killed
/// in the middle of a delivery and another takes over its claim once the lease has run out.
/// </summary>
[Collection(MultiProcessHosts.Name)]
public sealed class SlackDeliveryAcrossProcessesTests
{
    private const int Subscriptions = 5;

    [Theory]
    [InlineData("Sqlite", 2)]
    [InlineData("Sqlite", 3)]
    [InlineData("Postgres", 2)]
    [InlineData("Postgres", 3)]
    public async Task SeveralHosts_OneDatabase_PostEachSubscriptionOnce(string provider, int hostCount)
    {
        await using var run = await MultiProcessRun.StartAsync(provider);
        var dueAt = DateTimeOffset.UtcNow;
        var subscriptions = await run.Database.SeedSlackAsync(Subscriptions, dueAt, "CMULTI");

        for (var i = 1; i <= hostCount; i++)
        {
            run.StartHost($"host-{i}");
        }

        var records = await run.WaitForOutcomesAsync(subscriptions);

        run.AssertEachPostedOnce(subscriptions, records, DateOnly.FromDateTime(dueAt.UtcDateTime));
    }

    /// <summary>
    /// Host A is killed while <c>chat.postMessage</c> hangs: either Slack never stored the message (it must be sent
    /// again) or it did and only the answer was lost (it must be found by its metadata and not sent again).
    /// </summary>
    [Theory]
    [InlineData("Sqlite", PostMode.HangUnstored)]
    [InlineData("Sqlite", PostMode.HangStored)]
    [InlineData("Postgres", PostMode.HangUnstored)]
    [InlineData("Postgres", PostMode.HangStored)]
    public async Task HostKilledMidDelivery_ClaimTakenOver_PostsEachSubscriptionOnce(string provider, PostMode crash)
    {
        await using var run = await MultiProcessRun.StartAsync(provider);
        var dueAt = DateTimeOffset.UtcNow;
        var subscriptions = await run.Database.SeedSlackAsync(3, dueAt, "CKILL");
        run.Slack.PostMode = crash;

        var first = run.StartHost("A");
        await run.WaitUntilAsync("host A's chat.postMessage", () => Task.FromResult(run.Slack.HungPosts > 0));
        run.Kill(first);
        var interrupted = run.Slack.HungChannels;
        run.Slack.PostMode = PostMode.Answer;
        run.StartHost("B");
        run.StartHost("A-restarted");
        var records = await run.WaitForOutcomesAsync(subscriptions);

        run.AssertEachPostedOnce(subscriptions, records, DateOnly.FromDateTime(dueAt.UtcDateTime));
        foreach (var subscription in subscriptions.Where(s => interrupted.Contains(MultiProcessRun.ChannelOf(s))))
        {
            var record = records[subscription.Id];
            Assert.True(record.Attempt >= 2,
                $"Subscription #{subscription.Id} was interrupted mid-delivery, so its claim must have been taken over; attempt {record.Attempt}.");
            if (crash == PostMode.HangStored)
            {
                var post = Assert.Single(run.Slack.Posts, p => p.Channel == MultiProcessRun.ChannelOf(subscription));
                Assert.False(post.Answered, "The message Slack stored before the crash is the only one; it was not sent again.");
                Assert.True(record.MessageId is null || record.MessageId == post.Ts,
                    $"Subscription #{subscription.Id}: recorded message {record.MessageId}, but the post found in history is {post.Ts}.");
            }
        }
    }
}
