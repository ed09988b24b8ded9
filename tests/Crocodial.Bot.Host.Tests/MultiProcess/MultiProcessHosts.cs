namespace Crocodial.Bot.Host.Tests.MultiProcess;

/// <summary>
/// The multi-process tests start several hosts each; on two cores they would starve one another and the rest of
/// the suite, so they run one at a time, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiProcessHosts
{
    public const string Name = "Multi-process hosts";
}
