using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.Storage;

/// <summary>Where the service keeps files (bound from <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The output store: uploaded books and rendered deliverables. Every worker must mount the same folder.</summary>
    [Required]
    public string Root { get; set; } = "data/store";

    /// <summary>The content-addressed segment cache shared by every worker; defaults to <c>&lt;Root&gt;/segments</c>.</summary>
    public string? SegmentCache { get; set; }

    public string SegmentCacheDirectory => SegmentCache ?? Path.Combine(Root, "segments");
}
