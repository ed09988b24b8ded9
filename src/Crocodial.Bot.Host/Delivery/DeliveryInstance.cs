using System.Security.Cryptography;

namespace Crocodial.Bot.Host.Delivery;

/// <summary>
/// Who owns a claim: machine, process and a short random part, so two hosts in one process (tests) or a
/// restarted process never mistake each other's claims for their own.
/// </summary>
internal sealed class DeliveryInstance
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";

    public override string ToString() => Id;
}
