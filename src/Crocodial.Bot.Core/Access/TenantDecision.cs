namespace Crocodial.Bot.Core.Access;

/// <summary>
/// The tenants a request may query, or why it may not. An allowed empty list means "every tenant"
/// (no <c>tenant[]</c> is sent). <see cref="UsedDefault"/> is true when the command named no tenant.
/// </summary>
public sealed record TenantDecision(IReadOnlyList<string> Tenants, string? Refusal, bool UsedDefault)
{
    public bool IsAllowed => Refusal is null;

    public static TenantDecision Allow(IReadOnlyList<string> tenants, bool usedDefault) => new(tenants, null, usedDefault);

    public static TenantDecision Refuse(string refusal) => new([], refusal, false);
}
