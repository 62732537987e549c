using System.Text.Json;
using System.Text.Json.Nodes;
using Audiobook.TtsServer.Hosting;
using Audiobook.TtsServer.RateLimiting;
using Audiobook.TtsServer.Synthesis;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Audiobook.TtsServer.Customization;

/// <summary><c>POST /api/v1/services/audio/tts/customization</c>: the envelope <c>{"model","input":{"action",…},"parameters"}</c>,
/// answered with <c>{"output","usage","request_id"}</c> or an HTTP error <c>{"request_id","code","message"}</c>.</summary>
internal sealed class CustomizationEndpoint(
    ApiKeyAuthorizer authorizer,
    ModelRateLimiter rateLimiter,
    EnrollmentHandler enrollment,
    DesignHandler design,
    ServerStatistics statistics,
    ILogger<CustomizationEndpoint> logger)
{
    public const string Path = "/api/v1/services/audio/tts/customization";
    private const long MaxBodyBytes = 16 * 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        if (!authorizer.IsAuthorized(context.Request))
        {
            await HttpErrors.UnauthorizedAsync(context).ConfigureAwait(false);
            return;
        }

        try
        {
            var (result, retryAfter) = await DispatchAsync(context).ConfigureAwait(false);
            if (result is null)
            {
                await HttpErrors.ThrottledAsync(context, retryAfter).ConfigureAwait(false);
                return;
            }

            result["request_id"] = Guid.NewGuid().ToString();
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(result.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
        catch (CustomizationException exception)
        {
            await HttpErrors.WriteAsync(context, exception.Status, exception.Code, exception.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            await HttpErrors.WriteAsync(context, exception.StatusCode, "InvalidParameter", "The request body could not be read: " + exception.Message)
                .ConfigureAwait(false);
        }
        catch (SynthesisException exception)
        {
            Log.CustomizationFailed(logger, exception);
            await HttpErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "InternalError", "Preview synthesis failed: " + exception.Message)
                .ConfigureAwait(false);
        }
    }

    /// <summary>The response body, or null (and when to retry) when the model's RPM limit refuses the request.</summary>
    private async Task<(JsonObject? Result, TimeSpan RetryAfter)> DispatchAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            throw new CustomizationException(400, "InvalidParameter", "The request body is too large.");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            throw new CustomizationException(400, "InvalidParameter", "The request body is not valid JSON.");
        }

        using (document)
        {
            var root = new RequestFields(document.RootElement, "");
            var model = root.Required("model");
            var input = root.Object("input");
            var action = input.Required("action");
            if (model is not (EnrollmentHandler.Model or DesignHandler.Model))
            {
                throw CustomizationException.InvalidParameter("model");
            }

            statistics.Requested(model);
            if (!rateLimiter.TryAcquire(model, unit: null, out var retryAfter))
            {
                return (null, retryAfter);
            }

            var result = model == EnrollmentHandler.Model
                ? await enrollment.HandleAsync(action, input, context.RequestAborted).ConfigureAwait(false)
                : await design.HandleAsync(action, input, root.Object("parameters"), context.RequestAborted).ConfigureAwait(false);
            return (result, TimeSpan.Zero);
        }
    }
}
