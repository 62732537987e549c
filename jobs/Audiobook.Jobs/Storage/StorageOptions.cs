using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.Storage;

/// <summary>Where the service keeps files (bound from <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The output store: uploaded books and rendered deliverables. Every worker must mount the same folder, and share
    /// the segment cache (<c>Rendering:CacheDirectory</c>) the same way.</summary>
    [Required]
    public string Root { get; init; } = "data/store";
}
