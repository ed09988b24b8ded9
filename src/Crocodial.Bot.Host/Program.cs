using Crocodial.Bot.Host.Cli;

return await CommandLine.RunAsync(args);

/// <summary>Entry point type, public so <c>WebApplicationFactory&lt;Program&gt;</c> can find it.</summary>
public partial class Program;
