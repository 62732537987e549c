namespace Audiobook.EndToEnd.Tests;

/// <summary>The test classes that inspect the sample renders share one <see cref="SampleRenderFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SampleRenders : ICollectionFixture<SampleRenderFixture>
{
    public const string Name = "sample renders";
}
