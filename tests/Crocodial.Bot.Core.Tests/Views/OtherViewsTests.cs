using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Core.Views;
using Crocodial.Bot.Core.Views.Text;

namespace Crocodial.Bot.Core.Tests.Views;

public class OtherViewsTests
{
    [Fact]
    public void Explain_All_CoversEveryKpi_AndServiceLevel()
    {
        var view = ExplainView.Build();

        Assert.Equal(Enum.GetValues<Kpi>().Length, view.Entries.Count);
        Assert.NotNull(view.ServiceLevelNote);
        Assert.Contains(view.Entries, e => e.Sentence ==
            "Abandon rate = abandoned ÷ queued (calls that hung up while waiting, out of calls that reached the queue)");
    }

    [Fact]
    public void Explain_ServiceLevel_ShowsItsStandIns()
    {
        var view = ExplainView.Build(Metric.ServiceLevel);

        Assert.Equal([Kpi.AbandonRate, Kpi.AvgWait], view.Entries.Select(e => e.Kpi));
        Assert.Contains("can't be computed", view.ServiceLevelNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OneMetric_LeavesServiceLevelOut()
    {
        var view = ExplainView.Build(Metric.Aht);

        Assert.Equal("How avg handle time is worked out", view.Title);
        Assert.Null(view.ServiceLevelNote);
    }

    [Fact]
    public void Help_WithoutSuggestion_HasNoDidYouMean()
    {
        var view = HelpView.Build();

        Assert.Null(view.DidYouMean);
        Assert.NotEmpty(view.Examples);
    }

    [Fact]
    public void Error_FromBadCredentials_OffersNoRetry()
    {
        var view = ErrorView.From(new ReportError(ReportErrorKind.BadCredentials, "The bot's report login was refused; ask an admin.", "401"), retryCommand: "stats today");

        Assert.Equal("Couldn't get the report", view.Title);
        Assert.Equal("The bot's report login was refused; ask an admin.", view.Problem);
        Assert.Empty(view.Actions);
    }

    [Fact]
    public void Error_FromServiceError_OffersRetry() =>
        Assert.Equal(
            [new ViewAction("Try again", "stats today")],
            ErrorView.From(new ReportError(ReportErrorKind.ServiceError, "The report service is down.", "500"), retryCommand: "stats today").Actions);

    [Fact]
    public void Error_Built_ShowsUnderstoodAndExample()
    {
        var text = TextRenderer.Render(ErrorView.Build("That date doesn't exist.", "Inbound summary for TTY", "stats yesterday for TTY"));

        Assert.Equal("Sorry, that didn't work\nUnderstood: Inbound summary for TTY\nThat date doesn't exist.\nExample that works: stats yesterday for TTY\n", text);
    }

    [Fact]
    public void Render_UnknownView_IsRefused() =>
        Assert.Throws<NotSupportedException>(() => TextRenderer.Render(new OtherView()));

    private sealed record OtherView(string Title = "x") : IChatView;
}
