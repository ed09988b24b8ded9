namespace Crocodial.Bot.Core.Reports;

/// <summary>Either the data or the reason there is none.</summary>
public sealed record ReportResult
{
    private ReportResult(ReportData? data, ReportError? error)
    {
        Data = data;
        Error = error;
    }

    public ReportData? Data { get; }

    public ReportError? Error { get; }

    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Data))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Data is not null;

    public static ReportResult Success(ReportData data) => new(data, null);

    public static ReportResult Failure(ReportError error) => new(null, error);
}
