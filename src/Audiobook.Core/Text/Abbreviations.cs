using System.Collections.Frozen;

namespace Audiobook.Core.Text;

/// <summary>
/// Words that end with a period without ending the sentence, per language. Forms with inner periods
/// (<c>e.g.</c>, <c>U.S.</c>, <c>z.B.</c>, <c>т.е.</c>) and single capital initials are recognized by shape, so they
/// need not be listed. Words listed in <see cref="BeforeNumber"/> are abbreviations only when a number follows
/// (<c>No. 5</c>, but "Did you? No. I didn't.").
/// </summary>
internal static class Abbreviations
{
    private static readonly string[] Common =
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Sr", "Jr", "Rev", "Hon", "Gen", "Col", "Capt", "Lt", "Sgt", "Cpl",
        "Gov", "Sen", "Rep", "Pres", "Supt", "Fr", "Br", "Mt", "Ft", "Ave", "Blvd", "Rd", "vs", "etc", "approx", "cf",
        "al", "ca", "Inc", "Ltd", "Co", "Corp", "Bros", "Messrs", "Mmes", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "dept",
        "est", "min", "max", "misc", "viz",
    ];

    private static readonly Dictionary<string, string[]> ByLanguage = new(StringComparer.Ordinal)
    {
        ["es"] = ["Sra", "Srta", "Sres", "Dra", "Ud", "Uds", "Vd", "Vds", "Dña", "Dª", "Excmo", "Ilmo", "pág", "etc", "aprox", "Avda", "Av", "admón"],
        ["fr"] = ["M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Pr", "Dr", "av", "apr", "env", "bd", "cf", "etc"],
        ["de"] = ["Hr", "Hrn", "Fr", "Frl", "usw", "bzw", "ca", "evtl", "ggf", "inkl", "exkl", "vgl", "sog", "Str", "Tel", "zzgl", "geb", "gest", "Dipl", "Ing"],
        ["it"] = ["Sig", "Sigg", "Sig.ra", "Sig.na", "Dott", "Dott.ssa", "Prof.ssa", "Avv", "Ing", "Arch", "ecc", "pag", "pagg", "Egr", "Gent", "Spett"],
        ["pt"] = ["Sra", "Srta", "Dra", "Exmo", "Exma", "V.Exa", "pág", "págs", "etc", "Av", "Prof", "Profa"],
        ["ru"] = ["г", "гг", "ул", "д", "кв", "стр", "им", "др", "проф", "акад", "тыс", "млн", "млрд", "руб", "коп", "см", "рис", "напр", "т", "н"],
        ["en"] = ["Messrs", "Esq", "Ph", "Univ", "Assn", "Ave", "Bldg"],
    };

    private static readonly string[] NumberPrefixes =
    [
        "No", "Nos", "no", "Nr", "nr", "Fig", "fig", "Figs", "Vol", "vol", "Vols", "p", "pp", "Ch", "ch", "Art", "art", "Sec",
        "sec", "Pt", "pt", "Ex", "Eq", "eq", "núm", "Núm", "n", "nº", "Nº", "S", "Abs", "Bd", "Jg", "Kap", "Tab", "tab", "op",
    ];

    private static readonly FrozenSet<string> All = Build(ByLanguage.Keys);

    private static readonly Dictionary<string, FrozenSet<string>> PerLanguage =
        ByLanguage.Keys.ToDictionary(k => k, k => Build([k]), StringComparer.Ordinal);

    private static readonly FrozenSet<string> CommonOnly = Build([]);

    /// <summary>Abbreviations that are only abbreviations before a number.</summary>
    public static FrozenSet<string> BeforeNumber { get; } = NumberPrefixes.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The set for a language (its primary subtag), or every language's when unknown.</summary>
    public static FrozenSet<string> For(string? primarySubtag) =>
        primarySubtag is null ? All
        : PerLanguage.TryGetValue(primarySubtag, out var set) ? set
        : primarySubtag is "zh" or "ja" or "ko" ? All
        : CommonOnly;

    private static FrozenSet<string> Build(IEnumerable<string> languages) =>
        Common.Concat(languages.SelectMany(l => ByLanguage[l])).ToFrozenSet(StringComparer.Ordinal);
}
