using Crocodial.Bot.Core.Subscriptions;

namespace Crocodial.Bot.Host.Tests.MultiProcess;

/// <summary>
/// The one case where DECISIONS §8 allows a repeated post: Teams offers no way to find our earlier post, so a host
/// killed after the Bot Connector received a post (but before it answered) leaves a claim that the next owner
/// re-sends — once — and logs as a possible duplicate. No day is lost.
/// </summary>
[Collection(MultiProcessHosts.Name)]
public sealed class TeamsDeliveryAcrossProcessesTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task HostKilledAfterConnectorReceivedPost_ClaimTakenOver_ResentOnceAndLogged(string provider)
    {
        await using var connector = await BotConnectorStandIn.StartAsync();
        await using var run = await MultiProcessRun.StartAsync(provider);
        run.ExtraSettings["Teams__AllowUnauthenticated"] = "true";
        var dueAt = DateTimeOffset.UtcNow;
        var subscriptions = await run.Database.SeedTeamsAsync(2, dueAt, connector.ServiceUrl);
        connector.HangAfterReceiving = true;

        var first = run.StartHost("A");
        await run.WaitUntilAsync("host A's post to the Bot Connector", () => Task.FromResult(connector.HungPosts > 0));
        run.Kill(first);
        var interrupted = connector.Posts.Select(p => p.Conversation).ToHashSet(StringComparer.Ordinal);
        connector.HangAfterReceiving = false;
        var successors = new[] { run.StartHost("B"), run.StartHost("A-restarted") };
        var records = await run.WaitForOutcomesAsync(subscriptions);

        foreach (var subscription in subscriptions)
        {
            var conversation = subscription.Channel.Address;
            var posts = connector.Posts.Where(p => p.Conversation == conversation).ToList();
            var record = records[subscription.Id];
            Assert.True(record.Outcome == DeliveryOutcome.Posted, $"Subscription #{subscription.Id}: recorded {record.Outcome} ({record.Error}), expected Posted.");
            Assert.Equal(DateOnly.FromDateTime(dueAt.UtcDateTime), record.LocalDate);
            Assert.True(posts.Count(p => p.Answered) == 1,
                $"Subscription #{subscription.Id}: {posts.Count(p => p.Answered)} answered posts to {conversation}, expected exactly 1.");
            if (!interrupted.Contains(conversation))
            {
                Assert.Single(posts);
                continue;
            }

            Assert.Equal(2, posts.Count);
            Assert.True(record.Attempt >= 2, $"Subscription #{subscription.Id}: attempt {record.Attempt}; the interrupted claim must have been taken over.");
            var warnings = successors.SelectMany(h => h.ErrorLines)
                .Where(l => l.Contains("warn", StringComparison.OrdinalIgnoreCase)
                    && l.Contains($"Subscription {subscription.Id} ", StringComparison.Ordinal)
                    && l.Contains("Teams", StringComparison.Ordinal))
                .ToList();
            Assert.True(warnings.Count > 0, $"Subscription #{subscription.Id}: the re-send on Teams after a take-over must be logged as a warning (stderr).");
        }
    }
}
