using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Crocodial.Bot.Host.Simulator;

/// <summary>
/// The request fields as PHP would see them: form-encoded body and query string, keys case-sensitive,
/// the last value of a repeated scalar wins, <c>tenant[]</c> (or <c>tenant[n]</c>) collects a list.
/// </summary>
internal sealed class SimulatorRequest
{
    private readonly Dictionary<string, StringValues> _fields;

    private SimulatorRequest(Dictionary<string, StringValues> fields) => _fields = fields;

    public static SimulatorRequest Parse(string? query, ReadOnlySpan<byte> body, string? contentType)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        if (contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) && !body.IsEmpty)
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)))
            {
                fields[key] = value;
            }
        }

        // goAPI reads goAction, goUser, goPass and responsetype from GET first (report-api.md §2.1).
        if (!string.IsNullOrEmpty(query))
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery(query))
            {
                fields[key] = value;
            }
        }

        return new SimulatorRequest(fields);
    }

    public static SimulatorRequest FromFields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var map = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            map[key] = map.TryGetValue(key, out var existing) ? StringValues.Concat(existing, value) : new StringValues(value);
        }

        return new SimulatorRequest(map);
    }

    /// <summary>The value PHP would read for a scalar field, or null when absent.</summary>
    public string? Scalar(string name) =>
        _fields.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    /// <summary>The <c>tenant[]</c> list in order, upper case, de-duplicated; empty when none was sent.</summary>
    public IReadOnlyList<string> Tenants()
    {
        var tenants = new List<string>();
        foreach (var (key, values) in _fields)
        {
            if (key == "tenant[]" || (key.StartsWith("tenant[", StringComparison.Ordinal) && key.EndsWith(']')))
            {
                foreach (var value in values)
                {
                    var code = value?.Trim().ToUpperInvariant();
                    if (!string.IsNullOrEmpty(code) && !tenants.Contains(code))
                    {
                        tenants.Add(code);
                    }
                }
            }
        }

        return tenants;
    }

    /// <summary>
    /// A bare <c>tenant=X</c> reaches PHP as a string, not an array; the vendor's handling is unknown,
    /// so the simulator matches nothing, which makes the client bug visible.
    /// </summary>
    public bool HasBareTenant => _fields.ContainsKey("tenant");
}
