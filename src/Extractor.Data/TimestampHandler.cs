using System.Data;
using System.Globalization;
using Dapper;
using Npgsql;

namespace Extractor.Data;

/// <summary>
/// Maps <see cref="DateTimeOffset"/> to PostgreSQL <c>timestamptz</c> and to fixed-width UTC text in
/// SQLite, so the same Dapper code reads and compares timestamps on both.
/// </summary>
internal sealed class TimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    private const string TextFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            // Dapper's built-in map for DateTimeOffset would otherwise win over a handler.
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
            SqlMapper.AddTypeHandler(new TimestampHandler());
        }
    }

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(TextFormat, CultureInfo.InvariantCulture);

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.Value = parameter is NpgsqlParameter ? value.ToUniversalTime() : ToText(value);
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new DataException($"Cannot read a timestamp from {value.GetType().Name}"),
    };
}
