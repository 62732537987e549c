namespace Audiobook.Rendering.ReadAlong;

/// <summary>Where a spoken segment's text stands in the edition: a content document and the id of the element holding it.</summary>
internal readonly record struct SegmentTarget(string DocumentPath, string Id);
