using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Audiobook.Jobs.State.Model;

/// <summary>Stores an enum as its lower-case name (<c>queued</c>, <c>running</c>): readable in psql and stable
/// when members are reordered.</summary>
internal sealed class StoredEnum<T>() : ValueConverter<T, string>(
    v => v.ToString().ToLowerInvariant(),
    v => Enum.Parse<T>(v, true))
    where T : struct, Enum;
