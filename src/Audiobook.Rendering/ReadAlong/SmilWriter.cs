using System.Globalization;
using Audiobook.Ingest.Epub;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>Writes one EPUB 3 Media Overlay (SMIL 3.0): a <c>par</c> per segment pairing the element that holds its text
/// with <c>clipBegin</c>/<c>clipEnd</c> in its chapter's audio.</summary>
internal static class SmilWriter
{
    private const string Smil = "http://www.w3.org/ns/SMIL";

    public static byte[] Write(string smilPath, IReadOnlyList<OverlayPar> pars) => EditionXml.Write(writer =>
    {
        writer.WriteStartElement("smil", Smil);
        writer.WriteAttributeString("xmlns", "epub", "http://www.w3.org/2000/xmlns/", EditionXml.Ops);
        writer.WriteAttributeString("version", "3.0");
        writer.WriteStartElement("body", Smil);
        for (var i = 0; i < pars.Count; i++)
        {
            var par = pars[i];
            writer.WriteStartElement("par", Smil);
            writer.WriteAttributeString("id", string.Create(CultureInfo.InvariantCulture, $"par-{i + 1}"));
            writer.WriteStartElement("text", Smil);
            writer.WriteAttributeString("src", EpubLinks.Relative(smilPath, par.TextPath, par.TextId));
            writer.WriteEndElement();
            writer.WriteStartElement("audio", Smil);
            writer.WriteAttributeString("src", EpubLinks.Relative(smilPath, par.AudioPath));
            writer.WriteAttributeString("clipBegin", SmilClock.Format(par.BeginMs));
            writer.WriteAttributeString("clipEnd", SmilClock.Format(par.EndMs));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    });
}
