using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Audiobook.Tts.Realtime;

namespace Audiobook.Tts.Customization;

/// <summary>Posts <c>{"model","input","parameters"}</c> envelopes to the customization endpoint and turns the error envelope
/// <c>{request_id, code, message}</c> (or an empty body, §7.1) into <see cref="TtsException"/>.</summary>
internal sealed class CustomizationTransport(HttpClient http, TtsClientOptions options)
{
    /// <summary>Returns the <c>output</c> object of a successful reply (<c>default</c>, kind Undefined, when there is none).</summary>
    public async Task<JsonElement> PostAsync(string model, JsonObject input, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["model"] = model, ["input"] = input };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.ResolveCustomizationUrl())
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        }

        if (!string.IsNullOrEmpty(options.Workspace))
        {
            request.Headers.TryAddWithoutValidation("X-DashScope-WorkSpace", options.Workspace);
        }

        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new TtsException($"Voice customization request to {request.RequestUri!.Authority} failed: {ex.Message}", ex)
            {
                Code = "ConnectFailed",
                IsRetryable = true,
            };
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TtsException("Voice customization request timed out.", ex) { Code = "RequestTimeout", IsRetryable = true };
        }

        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw Error((int)response.StatusCode, bytes, response.Headers.RetryAfter?.Delta);
            }

            try
            {
                using var document = JsonDocument.Parse(bytes);
                return document.RootElement.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object
                    ? output.Clone()
                    : default;
            }
            catch (JsonException ex)
            {
                throw new TtsException("Voice customization reply is not JSON.", ex) { Code = "ProtocolError", IsRetryable = true };
            }
        }
    }

    private TtsException Error(int status, byte[] body, TimeSpan? retryAfter)
    {
        string? code = null, message = null, requestId = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                code = CustomizationJson.String(document.RootElement, "code");
                message = CustomizationJson.String(document.RootElement, "message");
                requestId = CustomizationJson.String(document.RootElement, "request_id");
            }
        }
        catch (JsonException)
        {
            // 3P-GW saw empty bodies on HTTP 400 (§7.1): report the status alone.
        }

        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Voice customization failed with HTTP {status}"));
        if (code is not null)
        {
            text.Append(' ').Append(code);
        }

        text.Append(": ").Append(TtsErrors.Redact(message, options.ApiKey) ?? "no error message");
        if (requestId is not null)
        {
            text.Append(" (request_id ").Append(requestId).Append(')');
        }

        return new TtsException(text.ToString())
        {
            Code = code,
            HttpStatus = status,
            IsRetryable = TtsErrors.IsRetryableHttp(status, code),
            RetryAfter = retryAfter,
        };
    }
}
