using System.Text;
using System.Text.Json;
using Crocodial.Bot.Core;
using Crocodial.Bot.Core.Reports;
using Crocodial.Bot.Host.Simulator;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crocodial.Bot.Host.Tests.Simulator;

public sealed class ReportApiSimulatorTests
{
    private static readonly DateTimeOffset Afternoon = new(2025, 6, 11, 14, 0, 0, TimeSpan.Zero);

    private static ReportApiSimulator Simulator(string timeZone = "UTC", DateTimeOffset? now = null) => new(
        new FakeTimeProvider(now ?? Afternoon),
        Options.Create(new CrocodialOptions { TimeZone = timeZone }),
        Options.Create(new SimulatorOptions { User = "demo", Password = "pw" }));

    private static SimulatorRequest Request(string fields) =>
        SimulatorRequest.Parse(null, Encoding.UTF8.GetBytes(fields), "application/x-www-form-urlencoded");

    private const string Valid = "goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=json&session_user=demo";

    private static string Text(SimulatorResponse response) => Encoding.UTF8.GetString(response.Body);

    private static JsonElement[] Rows(SimulatorResponse response)
    {
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal("success", json.RootElement.GetProperty("result").GetString());
        return [.. json.RootElement.GetProperty("data").GetProperty("rows").EnumerateArray().Select(e => e.Clone())];
    }

    [Theory]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=wrong&responsetype=json", """{"result":"error","message":"Invalid Username\/Password"}""")]
    [InlineData("goAction=nonexistent&goUser=demo&goPass=wrong&responsetype=json", """{"result":"error","message":"Invalid Username\/Password"}""")]
    [InlineData("goAction=inbound_summary_stats&goPass=pw&responsetype=json", """{"result":"error","message":"Invalid Username\/Password"}""")]
    [InlineData("goAction=Inbound_Summary_Stats&goUser=demo&goPass=pw&responsetype=json", """{"result":"error","message":"Command Not Found"}""")]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=json&session_user=demo", """{"code":"40001","message":"Error: Missing required parameters"}""")]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=json&fromDate=2025-06-01&toDate=2025-06-02", """{"code":"40001","message":"Error: Missing required parameters"}""")]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=JSON", "result=error;message=This API function only accepts XML or JSON value on responsetype;")]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=json&session_user=demo&fromDate=2025-13-01&toDate=2025-06-02", """{"code":"41004","message":"Error: Invalid value in fromDate"}""")]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=json&session_user=demo&fromDate=2025-06-01&toDate=2025-06-02&tenant[]=ZZZ", """{"result":"success","data":{"rows":[],"headers":[]}}""")]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=json&session_user=demo&fromDate=2025-06-01&toDate=2025-06-02&tenant=TTY", """{"result":"success","data":{"rows":[],"headers":[]}}""")]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=json&session_user=demo&fromDate=2025-06-12&toDate=2025-06-30", """{"result":"success","data":{"rows":[],"headers":[]}}""")]
    [InlineData("goAction=inbound_summary_stats&goUser=demo&goPass=pw&responsetype=json&session_user=demo&fromDate=2025-01-01&toDate=2025-01-01", """{"result":"success","data":{"rows":[],"headers":[]}}""")]
    public void Answer_Request_GivesTheApisExactBody(string fields, string body)
    {
        var response = Simulator().Answer(Request(fields), checkCredentials: true);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(body, Text(response));
        Assert.Equal(TimeSpan.Zero, response.Delay);
    }

    [Fact]
    public void Answer_NoResponseType_GivesUpstreamQuirkyXml()
    {
        var response = Simulator().Answer(Request("goAction=inbound_summary_stats&goUser=demo&goPass=wrong"), checkCredentials: true);

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\\n<goautodialapi version=\"4.0\">(\\n<action>\"inbound_summary_stats \"</action>\\n\" )<result>error</result>\n"
            + "<message>Invalid Username/Password</message>\n</goautodialapi>\n",
            Text(response));
    }

    [Fact]
    public void Answer_Embedded_AcceptsAnyCredentialsAndNoSessionUser()
    {
        var response = Simulator().Answer(
            Request("goAction=inbound_summary_stats&goUser=&goPass=&responsetype=json&fromDate=2025-06-02&toDate=2025-06-03&tenant%5B%5D=TTY"),
            checkCredentials: false);

        Assert.Equal(2, Rows(response).Length);
    }

    [Fact]
    public void Answer_Success_IsCompactPhpJsonWithStringNumbers()
    {
        var response = Simulator().Answer(Request(Valid + "&fromDate=2025-06-02&toDate=2025-06-03&tenant[]=TTY"), checkCredentials: true);

        var text = Text(response);
        Assert.StartsWith("""{"result":"success","data":{"rows":[{"calldate":"2025-06-02","total_calls":""", text, StringComparison.Ordinal);
        Assert.EndsWith(""","headers":["calldate","total_calls","queued_calls","abandon1","abandon2","handled_calls","avg_hold_time","avg_handle_time"]}}""", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" ", text, StringComparison.Ordinal);
        foreach (var row in Rows(response))
        {
            foreach (var field in row.EnumerateObject())
            {
                Assert.True(field.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null, field.Name);
            }

            Assert.Matches(@"^\d+\.\d\d$", row.GetProperty("avg_hold_time").GetString());
        }
    }

    [Fact]
    public void Answer_SeveralTenants_OneRowPerDayAndTenant()
    {
        var response = Simulator().Answer(Request(Valid + "&fromDate=2025-06-02&toDate=2025-06-08&tenant[]=TTY&tenant[]=CCC&tenant[]=ZZZ&tenant[]=tty"), checkCredentials: true);

        var rows = Rows(response);
        // TTY every day; CCC on weekdays only (closed at weekends).
        Assert.Equal(7 + 5, rows.Length);
        Assert.Equal(2, rows.Count(r => r.GetProperty("calldate").GetString() == "2025-06-02"));
    }

    [Fact]
    public void Answer_NoTenant_OneCombinedRowPerDayOverAllFive()
    {
        var all = Rows(Simulator().Answer(Request(Valid + "&fromDate=2025-06-02&toDate=2025-06-02"), checkCredentials: true));
        var each = Rows(Simulator().Answer(Request(Valid + "&fromDate=2025-06-02&toDate=2025-06-02&tenant[]=TTY&tenant[]=AAA&tenant[]=BBB&tenant[]=CCC&tenant[]=ACME"), checkCredentials: true));

        var row = Assert.Single(all);
        Assert.Equal(5, each.Length);
        Assert.Equal(each.Sum(r => int.Parse(r.GetProperty("total_calls").GetString()!, System.Globalization.CultureInfo.InvariantCulture)),
            int.Parse(row.GetProperty("total_calls").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Answer_RangeIntoFuture_StopsAtTodayWhichGrows()
    {
        var morning = Rows(Simulator(now: new DateTimeOffset(2025, 6, 11, 9, 0, 0, TimeSpan.Zero)).Answer(Request(Valid + "&fromDate=2025-06-09&toDate=2025-06-20&tenant[]=ACME"), checkCredentials: true));
        var afternoon = Rows(Simulator(now: new DateTimeOffset(2025, 6, 11, 16, 0, 0, TimeSpan.Zero)).Answer(Request(Valid + "&fromDate=2025-06-09&toDate=2025-06-20&tenant[]=ACME"), checkCredentials: true));

        Assert.Equal("2025-06-11", morning[^1].GetProperty("calldate").GetString());
        Assert.Equal("2025-06-11", afternoon[^1].GetProperty("calldate").GetString());
        static int Total(JsonElement row) => int.Parse(row.GetProperty("total_calls").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Total(afternoon[^1]) > 3 * Total(morning[^1]));
        Assert.Equal(Total(morning[0]), Total(afternoon[0]));
    }

    [Fact]
    public void Answer_TodayIsTheCallCentresDay()
    {
        // 01:00 UTC on the 11th is still the 10th in Los Angeles: no row for the 11th there.
        var night = new DateTimeOffset(2025, 6, 11, 1, 0, 0, TimeSpan.Zero);

        var utc = Rows(Simulator("UTC", night).Answer(Request(Valid + "&fromDate=2025-06-10&toDate=2025-06-11&tenant[]=TTY"), checkCredentials: true));
        var la = Rows(Simulator("America/Los_Angeles", night).Answer(Request(Valid + "&fromDate=2025-06-10&toDate=2025-06-11&tenant[]=TTY"), checkCredentials: true));

        Assert.Equal(["2025-06-10"], utc.Select(r => r.GetProperty("calldate").GetString()));
        Assert.Equal(["2025-06-10"], la.Select(r => r.GetProperty("calldate").GetString()));
        Assert.NotEqual(utc[0].GetProperty("total_calls").GetString(), la[0].GetProperty("total_calls").GetString());
    }

    [Fact]
    public void Answer_HugeRange_GivesProxyTimeoutPage()
    {
        var response = Simulator().Answer(Request(Valid + "&fromDate=2020-01-01&toDate=2025-06-01"), checkCredentials: true);

        Assert.Equal(504, response.StatusCode);
        Assert.Contains("504 Gateway Time-out", Text(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FaultTenants.ServerError, 500, "<!DOCTYPE HTML PUBLIC")]
    [InlineData(FaultTenants.Html, 200, "<!DOCTYPE html>")]
    [InlineData(FaultTenants.Empty, 200, "")]
    [InlineData(FaultTenants.BadCredentials, 200, """{"result":"error","message":"Invalid Username\/Password"}""")]
    [InlineData(FaultTenants.Notice, 200, "<br />\n<b>Notice</b>:  Undefined index: log_ip")]
    [InlineData(FaultTenants.TruncatedJson, 200, """{"result":"success","data":{""")]
    public void Answer_FaultTenant_Misbehaves(string tenant, int status, string bodyStart)
    {
        var response = Simulator().Answer(Request(Valid + $"&fromDate=2025-06-02&toDate=2025-06-03&tenant[]=TTY&tenant[]={tenant}"), checkCredentials: true);

        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith(bodyStart, Text(response), StringComparison.Ordinal);
        if (tenant == FaultTenants.TruncatedJson)
        {
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(response.Body));
        }
    }

    [Fact]
    public void Answer_SlowTenant_AnswersAfterTwentySeconds()
    {
        var response = Simulator().Answer(Request(Valid + "&fromDate=2025-06-02&toDate=2025-06-03&tenant[]=XSLOW"), checkCredentials: true);

        Assert.Equal(TimeSpan.FromSeconds(20), response.Delay);
        Assert.Equal(2, Rows(response).Length);
    }

    [Fact]
    public void Answer_SameRequestTwice_SameBytes()
    {
        var request = Request(Valid + "&fromDate=2025-05-01&toDate=2025-06-11");

        Assert.Equal(Simulator().Answer(request, true).Body, Simulator().Answer(request, true).Body);
    }

    [Fact]
    public void Answer_RowsOverManyDays_KeepInvariantsOnTheWire()
    {
        var rows = Rows(Simulator().Answer(Request(Valid + "&fromDate=2024-06-12&toDate=2025-06-11&tenant[]=TTY&tenant[]=AAA&tenant[]=BBB&tenant[]=CCC&tenant[]=ACME"), true));

        Assert.True(rows.Length > 1500);
        foreach (var row in rows)
        {
            int Count(string name) => int.Parse(row.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Count("abandon1") <= Count("abandon2") && Count("abandon2") <= Count("queued_calls") && Count("queued_calls") <= Count("total_calls"));
            Assert.True(Count("handled_calls") + Count("abandon2") <= Count("total_calls"));
            Assert.Equal(Count("handled_calls") == 0, row.GetProperty("avg_hold_time").ValueKind == JsonValueKind.Null);
        }
    }

    [Fact]
    public void Parse_QueryStringWinsForScalars_TenantsFromBody()
    {
        var request = SimulatorRequest.Parse("?goAction=inbound_summary_stats&goUser=q", "goUser=b&goUser=c&tenant%5B%5D=aaa&tenant%5B%5D=TTY&tenant[5]=ccc"u8, "application/x-www-form-urlencoded; charset=utf-8");

        Assert.Equal("q", request.Scalar("goUser"));
        Assert.Equal("inbound_summary_stats", request.Scalar("goAction"));
        Assert.Equal(["AAA", "TTY", "CCC"], request.Tenants());
    }
}
