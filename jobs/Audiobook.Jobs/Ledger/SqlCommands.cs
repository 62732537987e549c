using Npgsql;

namespace Audiobook.Jobs.Ledger;

/// <summary>Builds parameterized commands (every value is a parameter, never spliced into the SQL text).</summary>
internal static class SqlCommands
{
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static NpgsqlCommand Command(this NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null) =>
        new(sql, connection, transaction);
}
