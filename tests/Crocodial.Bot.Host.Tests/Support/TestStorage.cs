using Microsoft.AspNetCore.Hosting;

namespace Crocodial.Bot.Host.Tests.Support;

/// <summary>Each test app gets its own SQLite file in the temp folder, never crocodial.db in the working directory.</summary>
public static class TestStorage
{
    public static IWebHostBuilder UseTempSqlite(this IWebHostBuilder builder) =>
        builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(Path.GetTempPath(), $"crocodial-test-{Guid.NewGuid():N}.db")}");
}
