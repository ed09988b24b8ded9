namespace Crocodial.Bot.Core;

/// <summary>The report API and the call centre's calendar (configuration section <c>Crocodial</c>).</summary>
public sealed class CrocodialOptions
{
    public const string Section = "Crocodial";

    /// <summary>Site root, e.g. <c>https://acme.croco-dial.net</c>. Empty: the built-in simulator answers.</summary>
    public string BaseUrl { get; set; } = "";

    public string User { get; set; } = "";

    /// <summary>Sent in the POST body only; never logged or echoed.</summary>
    public string Password { get; set; } = "";

    /// <summary>IANA id of the call centre's zone: the report's days are this zone's days.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary><c>monday</c> or <c>sunday</c>.</summary>
    public string WeekStart { get; set; } = "monday";

    public bool UsesSimulator => string.IsNullOrWhiteSpace(BaseUrl);
}
