using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Crocodial.Bot.Host.Tests.Slack;

/// <summary>Requests signed exactly as Slack signs them (v0, HMAC-SHA256 over "v0:{ts}:{raw body}"), written independently of the app's verifier.</summary>
internal static class SlackRequests
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Team = "T1";

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static HttpRequestMessage Signed(string path, string body, string contentType, long? timestamp = null, string secret = Secret, string? signedBody = null)
    {
        var ts = timestamp ?? Now;
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", Sign(secret, ts, signedBody ?? body));
        return request;
    }

    public static string Sign(string secret, long timestamp, string body)
    {
        var digest = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return "v0=" + Convert.ToHexString(digest).ToLowerInvariant();
    }

    public static string CommandForm(string text, string responseUrl, string channel = "C1", string user = "U1") =>
        Form(("token", "deprecated"), ("team_id", Team), ("team_domain", "test"), ("channel_id", channel), ("channel_name", "general"),
            ("user_id", user), ("user_name", "manager"), ("command", "/crocodial"), ("text", text), ("api_app_id", "A1"),
            ("response_url", responseUrl), ("trigger_id", "1.2.3"));

    public static HttpRequestMessage Command(string text, string responseUrl) =>
        Signed("/slack/commands", CommandForm(text, responseUrl), "application/x-www-form-urlencoded");

    public static HttpRequestMessage Event(string json, int retry = 0)
    {
        var request = Signed("/slack/events", json, "application/json");
        if (retry > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }

    public static string EventJson(string eventId, string innerEvent) =>
        $$"""{"token":"x","team_id":"{{Team}}","api_app_id":"A1","type":"event_callback","event_id":"{{eventId}}","event_time":1700000000,"event":{{innerEvent}},"authorizations":[{"team_id":"{{Team}}","user_id":"{{StandInSlack.BotUserId}}","is_bot":true}]}""";

    public static HttpRequestMessage Click(string actionId, string value, string responseUrl, bool ephemeral = true)
    {
        var payload = $$"""
            {"type":"block_actions","user":{"id":"U1","username":"manager","team_id":"{{Team}}"},"team":{"id":"{{Team}}","domain":"test"},
             "channel":{"id":"C1","name":"general"},"container":{"type":"message","message_ts":"1.2","channel_id":"C1","is_ephemeral":{{(ephemeral ? "true" : "false")}}},
             "api_app_id":"A1","response_url":"{{responseUrl}}","trigger_id":"1.2.3",
             "actions":[{"type":"button","action_id":"{{actionId}}","block_id":"b1","value":{{System.Text.Json.JsonSerializer.Serialize(value)}},"action_ts":"1.3"}]}
            """;
        return Signed("/slack/interactions", Form(("payload", payload)), "application/x-www-form-urlencoded");
    }

    public static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)));
}
