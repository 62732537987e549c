namespace Audiobook.Chaos.Tests;

/// <summary>The chaos and load tests share one stack and run one after the other: a fault must never hit another
/// test's renders, and the PostgreSQL cluster of this process is restarted by one of them.</summary>
[CollectionDefinition(Name)]
public sealed class RunningServiceGroup : ICollectionFixture<RunningService>
{
    public const string Name = "stack";
}
