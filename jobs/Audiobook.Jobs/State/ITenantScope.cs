namespace Audiobook.Jobs.State;

/// <summary>Whose data a <see cref="AudiobookDbContext"/> may see. The dashboard registers one per request (the signed-in
/// user's or the API token's publisher); the workers and the CLI register none and see every publisher, deliberately.</summary>
public interface ITenantScope
{
    /// <summary>The publisher every query is limited to; <see cref="Guid.Empty"/> (nobody signed in) matches nothing.</summary>
    Guid PublisherId { get; }
}
