namespace Audiobook.Jobs.State;

/// <summary>What a signed-in user may do: members work on their publisher's books; admins also manage its users,
/// tokens and budget; operators see every publisher and the Hangfire dashboard.</summary>
public enum UserRole
{
    Member,
    Admin,
    Operator,
}
