namespace Audiobook.Core.Text;

/// <summary>What a run of sentence-final punctuation (<c>?!</c>, <c>...</c>, <c>。」</c>) is made of.</summary>
internal readonly record struct TerminalRun(int Length, int Dots, bool HasEllipsis, bool HasCjkTerminal, bool HasCloser)
{
    public TerminalRun Add(char c) => this with
    {
        Length = Length + 1,
        Dots = Dots + (c == '.' ? 1 : 0),
        HasEllipsis = HasEllipsis || c is '…' or '‥' || (c == '.' && Dots >= 1),
        HasCjkTerminal = HasCjkTerminal || Punctuation.IsCjkTerminal(c),
    };
}
