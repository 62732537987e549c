using Audiobook.Dashboard.Accounts;
using Audiobook.Dashboard.Api;
using Audiobook.Dashboard.Voices;
using Audiobook.Jobs.Submissions;
using Audiobook.Tts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audiobook.Dashboard.Pages.Voices;

/// <summary>The voices of a model (system voices and the publisher's own), and new voices cloned from a sample or
/// designed from a description through the customization API.</summary>
public sealed class VoicesModel(VoiceService voices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Model { get; set; } = VoiceService.DefaultModel;

    public IReadOnlyList<VoiceDto> Voices { get; private set; } = [];

    public string? Refusal { get; private set; }

    public string? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCloneAsync(string? name, IFormFile? sample, CancellationToken cancellationToken)
    {
        try
        {
            if (sample is null)
            {
                throw new SubmissionException("choose a voice sample (WAV, MP3 or M4A)");
            }

            using var buffer = new MemoryStream();
            await using (var stream = sample.OpenReadStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            var voice = await voices.CloneAsync(DashboardClaims.PublisherOf(User), Model, name ?? "", buffer.ToArray(), sample.ContentType, cancellationToken);
            Created = $"cloned voice {voice.DisplayName} ({voice.VoiceId})";
        }
        catch (Exception ex) when (ex is SubmissionException or TtsException)
        {
            Refusal = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDesignAsync(string? name, string? description, string? previewText, CancellationToken cancellationToken)
    {
        try
        {
            var voice = await voices.DesignAsync(DashboardClaims.PublisherOf(User), Model, name ?? "", description ?? "", previewText ?? "", cancellationToken);
            Created = $"designed voice {voice.DisplayName} ({voice.VoiceId})";
        }
        catch (Exception ex) when (ex is SubmissionException or TtsException)
        {
            Refusal = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Voices = await voices.ListAsync(Model, cancellationToken);
        }
        catch (SubmissionException ex)
        {
            Refusal ??= ex.Message;
        }
    }
}
