using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;

namespace Audiobook.Dashboard.Api;

/// <summary>A render request from the API's body or the book page's form, with the service's defaults for what is unset.</summary>
internal static class RenderRequests
{
    public static RenderRequest From(CreateRenderDto body, string actor)
    {
        ArgumentNullException.ThrowIfNull(body);
        var defaults = new RenderRequest { BookId = body.BookId };
        return defaults with
        {
            Model = string.IsNullOrWhiteSpace(body.Model) ? defaults.Model : body.Model,
            Voice = string.IsNullOrWhiteSpace(body.Voice) ? null : body.Voice,
            Profile = string.IsNullOrWhiteSpace(body.Profile) ? defaults.Profile : body.Profile,
            Formats = string.IsNullOrWhiteSpace(body.Formats) ? defaults.Formats : body.Formats,
            Region = string.IsNullOrWhiteSpace(body.Region) ? defaults.Region : body.Region,
            SpeechRate = body.SpeechRate ?? defaults.SpeechRate,
            PitchRate = body.PitchRate ?? defaults.PitchRate,
            Volume = body.Volume ?? defaults.Volume,
            Schedule = (body.Schedule ?? "now").ToLowerInvariant() switch
            {
                "now" => RenderSchedule.Now,
                "nightly" => RenderSchedule.Nightly,
                _ => throw new SubmissionException($"schedule must be 'now' or 'nightly', not '{body.Schedule}'"),
            },
            CreatedBy = actor,
        };
    }
}
