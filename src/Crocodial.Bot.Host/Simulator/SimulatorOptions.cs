namespace Crocodial.Bot.Host.Simulator;

/// <summary>Credentials the standalone simulator accepts (configuration section <c>Simulator</c>).</summary>
internal sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    public string User { get; set; } = "demo";

    /// <summary>Never logged.</summary>
    public string Password { get; set; } = "demo";
}
