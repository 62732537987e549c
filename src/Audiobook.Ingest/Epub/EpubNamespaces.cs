namespace Audiobook.Ingest.Epub;

/// <summary>XML namespaces the reader tells apart.</summary>
internal static class EpubNamespaces
{
    public const string Opf = "http://www.idpf.org/2007/opf";
}
