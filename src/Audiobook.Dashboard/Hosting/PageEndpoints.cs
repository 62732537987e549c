using Audiobook.Dashboard.Api;
using Audiobook.Dashboard.Books;
using Audiobook.Dashboard.Renders;
using Audiobook.Dashboard.Voices;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Audiobook.Dashboard.Hosting;

/// <summary>What the pages load besides HTML, with the sign-in cookie: a book's cover, a voice preview, a render's live
/// progress (server-sent events) and its files (range requests, for the audio element and downloads).</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("").RequireAuthorization().ExcludeFromDescription();
        pages.MapGet("/books/{id:guid}/cover", async Task<IResult> (Guid id, BookService books, CancellationToken cancellationToken) =>
            await books.FindAsync(id, cancellationToken) is { } book && await books.CoverAsync(book, cancellationToken) is { } cover
                ? TypedResults.Bytes(cover.Data.ToArray(), cover.MediaType)
                : Problems.NotFound($"cover of book {id}"));
        pages.MapGet("/books/{id:guid}/preview", PreviewAsync);
        pages.MapGet("/renders/{id:guid}/events", async Task<IResult> (Guid id, AudiobookDbContext db, RenderProgressFeed progress, CancellationToken cancellationToken) =>
            await ApiEndpoints.FindRenderAsync(db, id, cancellationToken) is null
                ? Problems.NotFound($"render {id}")
                : TypedResults.ServerSentEvents(progress.WatchAsync(id, cancellationToken)));
        pages.MapGet("/renders/{id:guid}/files/{**name}", async Task<IResult> (Guid id, string name, AudiobookDbContext db, RenderFiles files, CancellationToken cancellationToken) =>
            await ApiEndpoints.FindRenderAsync(db, id, cancellationToken) is { } render ? files.Serve(render, name, cancellationToken) : Problems.NotFound($"render {id}"));
        return endpoints;
    }

    /// <summary>The book's opening sentences in a voice, as MP3 (the book page's audio element plays it).</summary>
    private static async Task<IResult> PreviewAsync(
        Guid id, string? model, string voice, BookService books, VoiceService voices, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        if (await books.FindAsync(id, cancellationToken) is not { } book)
        {
            return Problems.NotFound($"book {id}");
        }

        try
        {
            var text = await books.OpeningAsync(book, options.Value.PreviewSentences, cancellationToken);
            var mp3 = await voices.PreviewAsync(model ?? VoiceService.DefaultModel, voice, text, book.Language, cancellationToken);
            return TypedResults.File(mp3, "audio/mpeg", enableRangeProcessing: true);
        }
        catch (SubmissionException ex)
        {
            return Problems.From(ex);
        }
    }
}
