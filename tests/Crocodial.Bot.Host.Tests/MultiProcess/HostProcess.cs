using System.Collections.Concurrent;
using System.Diagnostics;

namespace Crocodial.Bot.Host.Tests.MultiProcess;

/// <summary>
/// The built host as a real OS process (<c>dotnet Crocodial.Bot.Host.dll serve --urls http://127.0.0.1:0</c>),
/// configured only by environment variables, its stdout and stderr kept for diagnostics. Disposing kills the
/// whole process tree.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private const string HostAssembly = "Crocodial.Bot.Host.dll";

    /// <summary>Settings the test runner's own environment must not leak into a host.</summary>
    private static readonly string[] OwnPrefixes =
        ["Crocodial__", "Bot__", "Teams__", "Slack__", "Access__", "Storage__", "Simulator__", "Subscriptions__", "Logging__"];

    /// <summary>Hosts still running, killed if the test process ends without disposing them (a crash, Ctrl+C).</summary>
    private static readonly ConcurrentDictionary<HostProcess, byte> Running = new();

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    static HostProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var host in Running.Keys)
        {
            host.Kill();
        }
    };

    private HostProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool Killed { get; private set; }

    public int Id => _process.Id;

    /// <summary>Everything the process wrote so far, each line marked with its stream.</summary>
    public string Output => string.Join(Environment.NewLine, _lines);

    /// <summary>Only what the process wrote to stderr (warnings and errors: see <see cref="Start"/>).</summary>
    public IReadOnlyList<string> ErrorLines => [.. _lines.Where(l => l.StartsWith("err| ", StringComparison.Ordinal)).Select(l => l[5..])];

    public static HostProcess Start(string name, IReadOnlyDictionary<string, string> settings, string workingDirectory)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll());
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var key in start.Environment.Keys.Where(k => OwnPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || k.Equals("ASPNETCORE_URLS", StringComparison.OrdinalIgnoreCase) || k.Equals("URLS", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__Console__LogToStandardErrorThreshold"] = "Warning";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                host._lines.Enqueue("out| " + e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                host._lines.Enqueue("err| " + e.Data);
            }
        };
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start {name}.");
        }

        Running.TryAdd(host, 0);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Kills the process and its children at once, as a crash would (no graceful shutdown).</summary>
    public void Kill()
    {
        Killed = true;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.WaitForExit(10_000);
        Running.TryRemove(this, out _);
    }

    /// <summary>A process that stopped without being killed by the test: it failed to start or crashed.</summary>
    public string? UnexpectedExit() =>
        !Killed && _process.HasExited ? $"{Name} exited by itself with code {_process.ExitCode}:{Environment.NewLine}{Output}" : null;

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>The host assembly copied next to the tests (the test project references the host), else its own build output.</summary>
    private static string HostDll()
    {
        var besideTests = Path.Combine(AppContext.BaseDirectory, HostAssembly);
        if (File.Exists(besideTests) && File.Exists(Path.ChangeExtension(besideTests, ".runtimeconfig.json")))
        {
            return besideTests;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Crocodial.Bot.Host", "bin", configuration, "net10.0", HostAssembly);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{HostAssembly} is neither beside the tests nor in src/Crocodial.Bot.Host/bin/{configuration}/net10.0; build the solution first.");
    }

    /// <summary>The muxer that runs these tests (the SDK sets DOTNET_HOST_PATH), else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetPath()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
