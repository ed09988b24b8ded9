using System.Security.Cryptography;
using System.Text;

namespace Crocodial.Bot.Slack.Tests;

/// <summary>Signs like Slack does, written independently of the code under test.</summary>
internal static class SlackSigning
{
    public const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const long DocTimestamp = 1531420618;

    public const string DocBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    public const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    public static string Sign(string secret, long timestamp, byte[] body)
    {
        var prefix = Encoding.ASCII.GetBytes($"v0:{timestamp}:");
        byte[] message = [.. prefix, .. body];
        var digest = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return "v0=" + Convert.ToHexString(digest).ToLowerInvariant();
    }

    public static string Sign(string secret, long timestamp, string body) => Sign(secret, timestamp, Encoding.UTF8.GetBytes(body));
}
