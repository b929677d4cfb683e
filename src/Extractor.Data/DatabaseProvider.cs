namespace Extractor.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
