using Audiobook.Ingest;
using Audiobook.Jobs.Submissions;
using Audiobook.Tts;
using Microsoft.AspNetCore.Http;

namespace Audiobook.Dashboard.Api;

/// <summary>Refusals as RFC 9457 problem details: not found is 404 (another publisher's id reads the same), a refused
/// request 400 with its one line as <c>detail</c>, the TTS service's refusal 502.</summary>
internal static class Problems
{
    public static IResult NotFound(string what) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"{what} not found");

    public static IResult Refused(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Refused", detail: detail);

    public static IResult From(SubmissionException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.IsNotFound
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: refusal.Message)
            : Refused(refusal.Message);
    }

    /// <summary>Turns the service's own exceptions into problems on every API endpoint, so no handler repeats it.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (SubmissionException ex)
        {
            return From(ex);
        }
        catch (BookFormatException ex)
        {
            return Refused(ex.Message);
        }
        catch (TtsException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "TTS service refused", detail: ex.Message);
        }
    }
}
