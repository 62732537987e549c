namespace Audiobook.Jobs.Hosting;

/// <summary>The database lacks the service's migrations; the one-line message says to run <c>audiobook migrate</c>.</summary>
public sealed class SchemaNotReadyException : Exception
{
    public SchemaNotReadyException()
    {
    }

    public SchemaNotReadyException(string message)
        : base(message)
    {
    }

    public SchemaNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
