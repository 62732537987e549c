using Audiobook.Dashboard.Accounts;
using Audiobook.Dashboard.Api;
using Audiobook.Dashboard.Books;
using Audiobook.Ingest;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audiobook.Dashboard.Pages.Books;

/// <summary>The publisher's books and the upload form; a refused book shows the reader's one line.</summary>
public sealed class BooksModel(BookService books, BookImporter importer) : PageModel
{
    public IReadOnlyList<Book> Books { get; private set; } = [];

    public string? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Books = await books.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            Refusal = "choose a book file to upload";
        }
        else
        {
            try
            {
                var book = await ApiEndpoints.ImportAsync(importer, DashboardClaims.PublisherOf(User), file, cancellationToken);
                return Redirect($"/books/{book.Id}");
            }
            catch (Exception ex) when (ex is SubmissionException or BookFormatException or UnsupportedUploadException)
            {
                Refusal = ex.Message;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Books = await books.ListAsync(cancellationToken);
        return Page();
    }
}
