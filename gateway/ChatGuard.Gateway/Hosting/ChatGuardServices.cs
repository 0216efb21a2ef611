using ChatGuard.Classifiers;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.AgentDesk;
using ChatGuard.Gateway.Api;
using ChatGuard.Gateway.Attachments;
using ChatGuard.Gateway.Backplane;
using ChatGuard.Gateway.Blocks;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.FlagClaims;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Health;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.Moderation;
using ChatGuard.Gateway.OrderContext;
using ChatGuard.Gateway.QuickReplies;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.ServiceLevel;
using ChatGuard.Gateway.Reports;
using ChatGuard.Gateway.Sanctions;
using ChatGuard.Gateway.Spam;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Storage;
using ChatGuard.Gateway.Telemetry;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatGuard.Gateway.Hosting;

/// <summary>Registers the gateway's services from configuration (DESIGN.md's keys).</summary>
public static class ChatGuardServices
{
    public static WebApplicationBuilder AddChatGuard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<ChatGuardOptions>().Bind(configuration.GetSection(ChatGuardOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChatGuardOptions>, ProfileOptionsValidator>();
        services.TryAddSingletonTimeProvider();
        services.AddProblemDetails();
        services.AddApiDescription();
        services.AddHostedService<StartupBanner>();

        var dataDirectory = Path.GetFullPath(configuration[$"{ChatGuardOptions.Section}:DataDirectory"] ?? "data");
        AddAccounts(builder, dataDirectory);
        AddStore(services, configuration, dataDirectory);
        builder.AddRedis();
        builder.AddTelemetry();

        var lexicons = configuration[$"{ChatGuardOptions.Section}:Moderation:LexiconDirectory"];
        services.AddSingleton<IModerationPipeline>(_ =>
            ModerationPipeline.CreateDefault(lexiconDirectory: string.IsNullOrWhiteSpace(lexicons) ? null : Path.GetFullPath(lexicons)));
        services.AddSingleton<MessageScanner>();
        services.AddSingleton<ConversationService>();
        services.AddSingleton<ChatDelivery>();
        services.AddSingleton<MessageService>();
        services.AddFlags(configuration);
        services.AddAttachments(configuration);
        services.AddChatGuardSecurity(configuration);
        services.AddSanctions();
        services.AddBlocks();
        services.AddReports();
        services.AddQuickReplies();
        services.AddOrderContext();
        services.AddAgentDesk();
        services.AddFlagClaims(configuration);
        services.AddSpamDetection(configuration);
        builder.AddServiceLevel();
        services.AddSingleton<ISendCheck, AgentReplyCheck>();
        services.AddSingleton<IMessageObserver, ServiceLevelObserver>();
        services.AddSingleton<IHandoffBroadcast, HubHandoffBroadcast>();
        services.AddHostedService<BotResponder>();

        services.AddSignalR(o =>
        {
            // Large enough that an over-long message reaches validation and gets a clear HubException
            // instead of the connection being closed by the transport limit.
            o.MaximumReceiveMessageSize = 256 * 1024;
        }).AddGuardedJsonProtocol().AddBackplane(configuration);
        services.AddSingleton<IUserIdProvider, TenantUserIdProvider>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }

    /// <summary>Registers a SQL-backed store under its interface and as a schema contributor (one instance for both).</summary>
    public static IServiceCollection AddStore<TService, TStore>(this IServiceCollection services)
        where TService : class
        where TStore : class, TService, ISchemaContributor
    {
        services.AddSingleton<TStore>();
        services.AddSingleton<TService>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<ISchemaContributor>(sp => sp.GetRequiredService<TStore>());
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    private static void AddAccounts(WebApplicationBuilder builder, string dataDirectory)
    {
        var key = SigningKeyResolver.Resolve(builder.Configuration[$"{AuthOptions.Section}:SigningKey"], builder.Environment.IsDevelopment(), dataDirectory);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenIssuer>((o, issuer) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = issuer.ValidationParameters();
            o.Events = new JwtBearerEvents
            {
                // Browsers cannot set headers on WebSocket requests: SignalR sends the token in the query string.
                OnMessageReceived = context =>
                {
                    var token = context.Request.Query["access_token"];
                    if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                        context.Token = token;
                    return Task.CompletedTask;
                },
                // A correctly signed token that names no tenant, user and known role, each once and of the documented shape,
                // is no identity at all (S7, issue 18 item 11).
                OnTokenValidated = context =>
                {
                    if (!ChatIdentity.TryFrom(context.Principal, out _))
                        context.Fail("the token does not name one tenant, user and known role of the documented shape");
                    // Issue 18 item 8: hub connections close when the token would stop being accepted here (expiry + skew).
                    context.Properties.ExpiresUtc = context.SecurityToken.ValidTo + context.Options.TokenValidationParameters.ClockSkew;
                    return Task.CompletedTask;
                },
            };
        });
    }

    private static void AddStore(IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
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
                services.AddHostedService<SqliteCheckpointService>();
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
        services.AddStore<IChatStore, SqlChatStore>();
        services.AddSingleton<IRetentionParticipant>(sp => sp.GetRequiredService<SqlChatStore>());
        services.AddHostedService<StoreInitializer>();
    }
}
