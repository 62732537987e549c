namespace Audiobook.Rendering.Tests.ReadAlong;

/// <summary>The read-along tests share one render of the samples.</summary>
[CollectionDefinition(Name)]
public sealed class ReadAlongRenderGroup : ICollectionFixture<ReadAlongRenderFixture>
{
    public const string Name = "read-along render";
}
