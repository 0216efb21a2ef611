namespace ChatGuard.Gateway.Storage;

/// <summary>A store that owns tables: its statements create them if missing, run once at start.</summary>
public interface ISchemaContributor
{
    IEnumerable<string> SchemaStatements(SqlDatabase database);
}
