namespace Audiobook.Dashboard.Api;

/// <summary>An upload of a type the service does not read (by its extension), refused before it is read.</summary>
public sealed class UnsupportedUploadException : Exception
{
    public UnsupportedUploadException()
    {
    }

    public UnsupportedUploadException(string message)
        : base(message)
    {
    }

    public UnsupportedUploadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
