using Npgsql;

namespace ChatGuard.Gateway.Storage;

/// <summary>
/// The SQL database every store writes to: an embedded SQLite file under the data directory by default, PostgreSQL when
/// <c>ChatGuard:Store:Provider</c> says so; each feature registers its own tables with <see cref="AddSqlStore{TService, TStore}"/>.
/// </summary>
public static class StorageRegistration
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration[$"{StoreOptions.Section}:Provider"] ?? "sqlite";
        var connectionString = configuration.GetConnectionString("ChatGuard");
        switch (provider.ToLowerInvariant())
        {
            case "sqlite":
                Directory.CreateDirectory(dataDirectory);
                var sqlite = string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={Path.Combine(dataDirectory, "chatguard.db")}"
                    : connectionString;
                services.AddSingleton<SqlDatabase>(_ => new SqliteDatabase(sqlite));
                services.AddHostedService<SqliteCheckpointer>();
                break;
            case "postgres":
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("ChatGuard:Store:Provider=postgres needs ConnectionStrings:ChatGuard; refusing to start.");
                services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
                services.AddSingleton<SqlDatabase, PostgresDatabase>();
                break;
            default:
                throw new InvalidOperationException($"ChatGuard:Store:Provider '{provider}' is not one of sqlite, postgres; refusing to start.");
        }
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>Registers a SQL-backed store under its interface and as a schema contributor (one instance for both).</summary>
    public static IServiceCollection AddSqlStore<TService, TStore>(this IServiceCollection services)
        where TService : class
        where TStore : class, TService, ISchemaContributor
    {
        services.AddSingleton<TStore>();
        services.AddSingleton<TService>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<ISchemaContributor>(sp => sp.GetRequiredService<TStore>());
        return services;
    }
}
