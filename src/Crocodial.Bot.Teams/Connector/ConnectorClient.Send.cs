using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Crocodial.Bot.Teams.Activities;
using Microsoft.Identity.Client;

namespace Crocodial.Bot.Teams.Connector;

public sealed partial class ConnectorClient
{
    private async Task<ConnectorResult> SendAsync(
        string operation, string serviceUrl, HttpMethod method, string path, object body, bool retry, CancellationToken cancellationToken)
    {
        var activity = body as Activity ?? (body as ConversationParameters)?.Activity;
        var json = JsonSerializer.Serialize(body, body.GetType(), TeamsJson.Options);
        var refusal = Refusal(serviceUrl, activity, json);
        if (refusal is not null)
        {
            return Logged(operation, refusal);
        }

        string? token;
        try
        {
            token = await tokens.GetTokenAsync(cancellationToken);
        }
        catch (MsalException ex)
        {
            return Logged(operation, new ConnectorResult(ConnectorOutcome.Failed, Reason: $"no bot token ({ex.ErrorCode})"));
        }
        catch (HttpRequestException ex)
        {
            return Logged(operation, new ConnectorResult(ConnectorOutcome.Failed, Reason: $"no bot token (authority unreachable: {ex.HttpRequestError})"));
        }

        var target = new Uri(serviceUrl.Trim().TrimEnd('/') + "/" + path);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, target) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            TimeSpan delay;
            int status;
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return await DeliveredAsync(operation, response, cancellationToken);
                }

                status = (int)response.StatusCode;
                var retryDelay = retry && attempt < ConnectorRetry.MaxRetries
                    ? ConnectorRetry.DelayFor(response, attempt, method == HttpMethod.Put, time.GetUtcNow())
                    : null;
                if (retryDelay is null)
                {
                    return Logged(operation, await FailureAsync(response, cancellationToken));
                }

                delay = retryDelay.Value;
            }
            catch (HttpRequestException ex) when (retry && attempt < ConnectorRetry.MaxRetries && ConnectorRetry.FailedBeforeSending(ex))
            {
                status = 0;
                delay = ConnectorRetry.Backoff(attempt);
            }
            catch (HttpRequestException ex)
            {
                return Logged(operation, new ConnectorResult(ConnectorOutcome.Failed, Reason: $"connection failed ({ex.HttpRequestError})"));
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Logged(operation, new ConnectorResult(ConnectorOutcome.Failed, Reason: "timed out; the message may have been delivered"));
            }

            ConnectorLog.Retrying(logger, operation, status, attempt + 1, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private ConnectorResult? Refusal(string serviceUrl, Activity? activity, string json)
    {
        if (!policy.IsAllowed(serviceUrl))
        {
            return ConnectorResult.Refused($"service URL not allowed ({Origin(serviceUrl)})");
        }

        // Teams splits text plus a card into two messages and returns no id, so the card could never be updated.
        if (!string.IsNullOrEmpty(activity?.Text) && activity.Attachments is { Count: > 0 })
        {
            return ConnectorResult.Refused("an activity must not carry both text and a card");
        }

        var size = json.Length * sizeof(char);
        return size > MaxMessageUtf16Bytes
            ? new ConnectorResult(ConnectorOutcome.TooLarge,
                Reason: $"message is {size / 1024} KB counted as UTF-16; the limit is {MaxMessageUtf16Bytes / 1024} KB")
            : null;
    }

    private static string Origin(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? ServiceOrigin.Of(uri) : "not an absolute URL";

    private static async Task<ConnectorResult> DeliveredAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ConnectorResponse.ReadAsync(response, cancellationToken);
        var id = ConnectorResponse.String(body, "id");
        return operation == "create"
            ? new ConnectorResult(ConnectorOutcome.Delivered, (int)response.StatusCode, ConnectorResponse.String(body, "activityId"), id)
            : new ConnectorResult(ConnectorOutcome.Delivered, (int)response.StatusCode, id);
    }

    private static async Task<ConnectorResult> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ConnectorResponse.ReadAsync(response, cancellationToken);
        var code = ConnectorResponse.ErrorCode(body);
        var status = (int)response.StatusCode;
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.RequestEntityTooLarge => ConnectorOutcome.TooLarge,
            HttpStatusCode.NotFound when code == "ActivityNotFoundInConversation" => ConnectorOutcome.ActivityNotFound,
            HttpStatusCode.Forbidden when code is "InvalidBotApiHost" or "NotEnoughPermissions" => ConnectorOutcome.Failed,
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => ConnectorOutcome.BotRemoved,
            _ => ConnectorOutcome.Failed,
        };
        return new ConnectorResult(outcome, status, ErrorCode: code, Reason: $"HTTP {status}{(code is null ? "" : " " + code)}");
    }

    private ConnectorResult Logged(string operation, ConnectorResult result)
    {
        if (result.Outcome == ConnectorOutcome.Refused)
        {
            ConnectorLog.Refused(logger, operation, result.Reason ?? "");
        }
        else
        {
            ConnectorLog.Failed(logger, operation, result.Outcome, result.StatusCode, result.ErrorCode, result.Reason);
        }

        return result;
    }
}
