using Audiobook.Jobs.Ledger;
using Audiobook.Jobs.Submissions;
using Npgsql;

namespace Audiobook.Jobs.Queries;

/// <summary>Render ids as people type them: the full id or a unique prefix of at least <see cref="MinimumPrefix"/> hex
/// digits (dashes ignored), as git and docker take theirs. Render ids are UUIDv7, whose first 12 digits are the creation
/// time in milliseconds, so renders of the same hour share their first 8 digits: lists show each id by its shortest
/// unique prefix instead (<see cref="AbbreviateAsync"/>).</summary>
public sealed class RenderIds(NpgsqlDataSource database)
{
    public const int MinimumPrefix = 8;

    /// <summary>The render <paramref name="text"/> names.</summary>
    /// <exception cref="SubmissionException">Not an id, too short, unknown (<see cref="SubmissionException.IsNotFound"/>) or ambiguous.</exception>
    public async Task<Guid> ResolveAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hex = text.Trim().Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (hex.Length is 0 or > 32 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new SubmissionException($"'{text}' is not a render id: give the id or its first {MinimumPrefix} or more hex digits");
        }

        if (hex.Length < MinimumPrefix)
        {
            throw new SubmissionException($"render id '{text}' is too short: give at least {MinimumPrefix} hex digits");
        }

        // Hex order is byte order is uuid order, so a prefix is a range on the primary key.
        await using var command = database.CreateCommand("SELECT id, count(*) OVER () FROM renders WHERE id BETWEEN @low AND @high ORDER BY id LIMIT 3")
            .With("low", Guid.ParseExact(hex.PadRight(32, '0'), "N"))
            .With("high", Guid.ParseExact(hex.PadRight(32, 'f'), "N"));
        var matches = new List<Guid>();
        long count = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                matches.Add(reader.GetGuid(0));
                count = reader.GetInt64(1);
            }
        }

        return count switch
        {
            0 => throw SubmissionException.NotFound($"render '{text}'"),
            1 => matches[0],
            _ => throw new SubmissionException(
                $"render id '{text}' is ambiguous: {count} renders start with it ({string.Join(", ", matches)}{(count > matches.Count ? ", …" : "")}): give more digits"),
        };
    }

    /// <summary>Each id's shortest prefix (at least <see cref="MinimumPrefix"/> digits, no dashes) that names no other render.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> AbbreviateAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var abbreviations = new Dictionary<Guid, string>();
        if (ids.Count == 0)
        {
            return abbreviations;
        }

        // The longest prefix an id shares with any other is the one it shares with a neighbour in uuid order.
        await using var command = database.CreateCommand(
            """
            SELECT r.id,
                   (SELECT p.id FROM renders p WHERE p.id < r.id ORDER BY p.id DESC LIMIT 1),
                   (SELECT n.id FROM renders n WHERE n.id > r.id ORDER BY n.id LIMIT 1)
              FROM unnest(@ids) AS r(id)
            """).With("ids", ids.Distinct().ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetGuid(0).ToString("N");
            var shared = Math.Max(SharedDigits(id, reader, 1), SharedDigits(id, reader, 2));
            abbreviations[reader.GetGuid(0)] = id[..Math.Min(32, Math.Max(MinimumPrefix, shared + 1))];
        }

        return abbreviations;
    }

    private static int SharedDigits(string id, NpgsqlDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
        {
            return 0;
        }

        var other = reader.GetGuid(column).ToString("N");
        var n = 0;
        while (n < id.Length && id[n] == other[n])
        {
            n++;
        }

        return n;
    }
}
