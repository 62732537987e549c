using System.Globalization;
using System.Text;

namespace Audiobook.Core.Text;

/// <summary>
/// A text that remembers, for each of its characters, the range of a source it came from. Readers append source
/// text with its offset (and inserted text without one); the clean-up steps (<see cref="Normalize"/>,
/// <see cref="RemoveAll"/>, lexicon replacement) return new texts whose characters still point into the same
/// source, and <see cref="ToSourceMap"/> keeps the result as compact runs. The text of each step equals what the
/// string-only step (<see cref="TextNormalizer.Normalize"/>, <see cref="string.Replace(string, string?, StringComparison)"/>)
/// gives, so a segment's place in its source is known exactly, not searched for.
/// </summary>
public sealed class MappedText
{
    private const int Inserted = -1;
    private readonly StringBuilder _text;
    private readonly List<int> _from;
    private readonly List<int> _to;
    private string? _string;

    /// <summary>An empty text.</summary>
    public MappedText()
        : this(16)
    {
    }

    private MappedText(int capacity)
    {
        _text = new StringBuilder(capacity);
        _from = new List<int>(capacity);
        _to = new List<int>(capacity);
    }

    /// <summary>Characters in the text.</summary>
    public int Length => _text.Length;

    /// <summary>A text that is its own source: character <c>i</c> comes from source position <c>sourceStart + i</c>.</summary>
    public static MappedText Identity(string text, int sourceStart = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mapped = new MappedText(text.Length);
        mapped.Append(text, sourceStart);
        return mapped;
    }

    /// <summary>Appends source text: its character <c>i</c> comes from source position <c>sourceStart + i</c>
    /// (a negative <paramref name="sourceStart"/> appends inserted text).</summary>
    public void Append(ReadOnlySpan<char> text, int sourceStart)
    {
        _text.Append(text);
        for (var i = 0; i < text.Length; i++)
        {
            _from.Add(sourceStart < 0 ? Inserted : sourceStart + i);
            _to.Add(sourceStart < 0 ? Inserted : sourceStart + i + 1);
        }

        _string = null;
    }

    /// <summary>Appends text that is not in the source (a space for a line break, an image's alt text).</summary>
    public void AppendInserted(ReadOnlySpan<char> text) => Append(text, Inserted);

    /// <summary>Appends another mapped text of the same source, keeping its map.</summary>
    public void Append(MappedText other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _text.Append(other._text);
        _from.AddRange(other._from);
        _to.AddRange(other._to);
        _string = null;
    }

    /// <summary>Empties the text.</summary>
    public void Clear()
    {
        _text.Clear();
        _from.Clear();
        _to.Clear();
        _string = null;
    }

    /// <inheritdoc />
    public override string ToString() => _string ??= _text.ToString();

    /// <summary>The part of the text in <paramref name="span"/>, with its map.</summary>
    public MappedText Slice(TextSpan span)
    {
        var slice = new MappedText(span.Length);
        slice.CopyFrom(this, span.Start, span.End);
        return slice;
    }

    /// <summary>The text with each of <paramref name="matches"/> (in order, not overlapping) replaced by
    /// <paramref name="replacement"/>; each replacement character maps to the whole source of its match.</summary>
    public MappedText Replace(IEnumerable<TextSpan> matches, string replacement)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(replacement);
        var result = new MappedText(Length);
        var at = 0;
        foreach (var match in matches)
        {
            result.CopyFrom(this, at, match.Start);
            var (from, to) = Hull(match.Start, match.End);
            result.AppendSpan(replacement, from, to);
            at = match.End;
        }

        result.CopyFrom(this, at, Length);
        return result;
    }

    /// <summary>The text without any occurrence of <paramref name="value"/>, found left to right like
    /// <see cref="string.Replace(string, string?, StringComparison)"/> with <see cref="StringComparison.Ordinal"/>.</summary>
    public MappedText RemoveAll(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return ToString().Contains(value, StringComparison.Ordinal) ? Replace(Occurrences(ToString(), value, StringComparison.Ordinal), string.Empty) : this;
    }

    /// <summary>Every occurrence of <paramref name="value"/> in <paramref name="text"/>, left to right, not overlapping.</summary>
    public static IEnumerable<TextSpan> Occurrences(string text, string value, StringComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(value);
        for (var at = text.IndexOf(value, comparison); at >= 0; at = text.IndexOf(value, at + value.Length, comparison))
        {
            yield return new TextSpan(at, value.Length);
        }
    }

    /// <summary>The text cleaned exactly as <see cref="TextNormalizer.Normalize"/> cleans it, with its map carried
    /// through: a folded run of whitespace maps to its first character, a composed character to the characters it
    /// was composed from.</summary>
    public MappedText Normalize()
    {
        var composed = Compose();
        var text = composed.ToString();
        var origins = new List<int>(text.Length);
        var folded = TextNormalizer.Fold(text, origins);
        var result = new MappedText(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            result.AppendChar(folded[i], composed._from[origins[i]], composed._to[origins[i]]);
        }

        return result;
    }

    /// <summary>The map as compact runs.</summary>
    public SourceMap ToSourceMap()
    {
        var runs = new List<SourceRun>();
        var i = 0;
        while (i < Length)
        {
            var (from, to) = (_from[i], _to[i]);
            var j = i + 1;
            if (from == Inserted)
            {
                while (j < Length && _from[j] == Inserted)
                {
                    j++;
                }

                runs.Add(new SourceRun(i, j - i, Inserted, 0));
            }
            else if (to - from == 1)
            {
                while (j < Length && _from[j] == from + (j - i) && _to[j] == _from[j] + 1)
                {
                    j++;
                }

                runs.Add(new SourceRun(i, j - i, from, j - i));
            }
            else
            {
                while (j < Length && _from[j] == from && _to[j] == to)
                {
                    j++;
                }

                runs.Add(new SourceRun(i, j - i, from, to - from));
            }

            i = j;
        }

        return new SourceMap([.. runs], Length);
    }

    // NFC, chunk by chunk: a chunk ends before a character that never joins the one before it (below U+0300, or a
    // CJK character other than the kana voicing marks), so each chunk composes on its own and a changed chunk maps
    // to its whole source. If that ever disagreed with composing the whole text, the whole text maps coarsely.
    private MappedText Compose()
    {
        var text = ToString();
        if (text.IsNormalized(NormalizationForm.FormC))
        {
            return this;
        }

        var result = new MappedText(text.Length);
        var chunkStart = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && !StartsChunk(text[i]))
            {
                continue;
            }

            var chunk = text[chunkStart..i];
            var composed = chunk.IsNormalized(NormalizationForm.FormC) ? chunk : chunk.Normalize(NormalizationForm.FormC);
            if (composed == chunk)
            {
                result.CopyFrom(this, chunkStart, i);
            }
            else
            {
                var (from, to) = Hull(chunkStart, i);
                result.AppendSpan(composed, from, to);
            }

            chunkStart = i;
        }

        var whole = text.Normalize(NormalizationForm.FormC);
        if (result.ToString() == whole)
        {
            return result;
        }

        var coarse = new MappedText(whole.Length);
        var (first, last) = Hull(0, Length);
        coarse.AppendSpan(whole, first, last);
        return coarse;
    }

    private static bool StartsChunk(char c) =>
        c < '\u0300' || (c is >= '\u3000' and <= '\u9FFF' && c is not ('\u3099' or '\u309A')) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    // The smallest source range holding the sources of characters start..end, or Inserted when none has one.
    private (int From, int To) Hull(int start, int end)
    {
        var (from, to) = (int.MaxValue, int.MinValue);
        for (var i = start; i < end; i++)
        {
            if (_from[i] != Inserted)
            {
                from = Math.Min(from, _from[i]);
                to = Math.Max(to, _to[i]);
            }
        }

        return from == int.MaxValue ? (Inserted, Inserted) : (from, to);
    }

    private void CopyFrom(MappedText source, int start, int end)
    {
        _text.Append(source._text, start, end - start);
        for (var i = start; i < end; i++)
        {
            _from.Add(source._from[i]);
            _to.Add(source._to[i]);
        }

        _string = null;
    }

    private void AppendSpan(string text, int from, int to)
    {
        foreach (var c in text)
        {
            AppendChar(c, from, to);
        }
    }

    private void AppendChar(char c, int from, int to)
    {
        _text.Append(c);
        _from.Add(from);
        _to.Add(to);
        _string = null;
    }
}
