using Audiobook.Dashboard.Accounts;
using Audiobook.Dashboard.Books;
using Audiobook.Dashboard.Renders;
using Audiobook.Dashboard.Voices;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Dashboard.Api;

/// <summary>The REST API (<c>/api/v1</c>, bearer API token, JSON). Whose data a request sees is decided once, by the
/// database context's tenant filter, so every handler here reads "not found" for another publisher's id. Antiforgery is
/// off for the group: a bearer token is never sent by a browser on its own, so there is no cross-site request to forge.</summary>
internal static class ApiEndpoints
{
    public static readonly string[] UploadExtensions = [".epub", ".md", ".markdown", ".txt"];

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").RequireAuthorization(Policies.Api).DisableAntiforgery().AddEndpointFilter(Problems.FilterAsync).WithTags("v1");
        api.MapPost("/books", UploadAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .Produces<BookDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/books", async (BookService books, CancellationToken cancellationToken) =>
            TypedResults.Ok((await books.ListAsync(cancellationToken)).Select(BookDto.Of)));
        api.MapGet("/books/{id:guid}", async Task<IResult> (Guid id, BookService books, CancellationToken cancellationToken) =>
            await books.FindAsync(id, cancellationToken) is { } book ? TypedResults.Ok(BookDto.Of(book)) : Problems.NotFound($"book {id}"))
            .Produces<BookDto>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/books/{id:guid}", async Task<IResult> (Guid id, BookService books, CancellationToken cancellationToken) =>
            await books.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound($"book {id}"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/books/{id:guid}/estimate", async Task<IResult> (Guid id, string? model, string? region, BookService books, CancellationToken cancellationToken) =>
            await books.FindAsync(id, cancellationToken) is { } book
                ? TypedResults.Ok(await books.EstimateAsync(book, model ?? VoiceService.DefaultModel, region ?? "cn", cancellationToken))
                : Problems.NotFound($"book {id}"))
            .Produces<BookEstimate>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/voices", async (string? model, VoiceService voices, CancellationToken cancellationToken) =>
            TypedResults.Ok(await voices.ListAsync(model ?? VoiceService.DefaultModel, cancellationToken)));
        api.MapPost("/renders", CreateRenderAsync).Produces<RenderDto>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/renders", async (RenderQueries queries, int? limit, CancellationToken cancellationToken) =>
            TypedResults.Ok((await queries.ListAsync(null, Math.Clamp(limit ?? 50, 1, 500), cancellationToken)).Select(s => RenderDto.Of(s, null))));
        api.MapGet("/renders/{id:guid}", async Task<IResult> (Guid id, RenderQueries queries, CancellationToken cancellationToken) =>
            await queries.FindAsync(id, 0, cancellationToken) is { } detail ? TypedResults.Ok(RenderDto.Of(detail.Summary, detail.Chapters)) : Problems.NotFound($"render {id}"))
            .Produces<RenderDto>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/renders/{id:guid}/cancel", CancelAsync).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/renders/{id:guid}/rerender", RerenderAsync).Produces<RerenderResultDto>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/renders/{id:guid}/files", async Task<IResult> (Guid id, AudiobookDbContext db, RenderFiles files, CancellationToken cancellationToken) =>
            await FindRenderAsync(db, id, cancellationToken) is { } render ? TypedResults.Ok(files.List(render)) : Problems.NotFound($"render {id}"))
            .Produces<IReadOnlyList<RenderFile>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/renders/{id:guid}/files/{**name}", async Task<IResult> (Guid id, string name, AudiobookDbContext db, RenderFiles files, CancellationToken cancellationToken) =>
            await FindRenderAsync(db, id, cancellationToken) is { } render ? files.Serve(render, name, cancellationToken) : Problems.NotFound($"render {id}"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>The render if the request's publisher owns it (the tenant filter), else null.</summary>
    public static Task<Render?> FindRenderAsync(AudiobookDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Renders.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Stores an uploaded book; shared by the API and the books page.</summary>
    public static async Task<Book> ImportAsync(BookImporter importer, Guid publisherId, IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!UploadExtensions.Contains(extension))
        {
            throw new UnsupportedUploadException($"{Path.GetFileName(file.FileName)}: only EPUB, Markdown or plain-text books are taken ({string.Join(", ", UploadExtensions)})");
        }

        await using var content = file.OpenReadStream();
        return await importer.ImportAsync(publisherId, file.FileName, content, cancellationToken);
    }

    private static async Task<IResult> UploadAsync(HttpContext context, BookImporter importer, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: "send the book as multipart/form-data in a field named 'file'");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
        {
            return Problems.Refused("no file: send the book in a multipart field named 'file'");
        }

        try
        {
            var book = await ImportAsync(importer, DashboardClaims.PublisherOf(context.User), file, cancellationToken);
            return TypedResults.Created($"/api/v1/books/{book.Id}", BookDto.Of(book));
        }
        catch (UnsupportedUploadException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, detail: ex.Message);
        }
    }

    private static async Task<IResult> CreateRenderAsync(CreateRenderDto body, HttpContext context, RenderSubmitter submitter, RenderQueries queries, CancellationToken cancellationToken)
    {
        var request = RenderRequests.From(body, DashboardClaims.ActorOf(context.User));
        var render = await submitter.SubmitAsync(DashboardClaims.PublisherOf(context.User), request, cancellationToken);
        var detail = await queries.FindAsync(render.Id, 0, cancellationToken);
        return TypedResults.Accepted($"/api/v1/renders/{render.Id}", RenderDto.Of(detail!.Summary, detail.Chapters));
    }

    private static async Task<IResult> CancelAsync(Guid id, HttpContext context, AudiobookDbContext db, RenderCommands commands, CancellationToken cancellationToken)
    {
        if (await FindRenderAsync(db, id, cancellationToken) is null)
        {
            return Problems.NotFound($"render {id}");
        }

        return await commands.CancelAsync(id, DashboardClaims.ActorOf(context.User), cancellationToken)
            ? TypedResults.Accepted($"/api/v1/renders/{id}")
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"render {id} has already finished");
    }

    private static async Task<IResult> RerenderAsync(Guid id, [FromBody] RerenderDto body, HttpContext context, AudiobookDbContext db, RenderCommands commands, CancellationToken cancellationToken)
    {
        if (await FindRenderAsync(db, id, cancellationToken) is null)
        {
            return Problems.NotFound($"render {id}");
        }

        var queued = await commands.RerenderAsync(id, body?.Chapters ?? [], body?.Force ?? false, DashboardClaims.ActorOf(context.User), cancellationToken);
        return TypedResults.Accepted($"/api/v1/renders/{id}", new RerenderResultDto(id, queued));
    }
}
