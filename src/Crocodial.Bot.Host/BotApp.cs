namespace Crocodial.Bot.Host;

/// <summary>Composition of the web server: services, channels, endpoints.</summary>
internal static class BotApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://localhost:3978");
        }

        var app = builder.Build();
        app.MapGet("/health/live", () => Results.Ok());
        return app;
    }
}
