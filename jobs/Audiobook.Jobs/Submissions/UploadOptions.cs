using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.Submissions;

/// <summary>Limits on uploaded books (bound from <c>Uploads</c>).</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest book file accepted, in bytes (EPUBs with images run to tens of megabytes).</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024)]
    public long MaxBytes { get; init; } = 200L * 1024 * 1024;
}
