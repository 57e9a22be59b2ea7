using Microsoft.EntityFrameworkCore;
using Parley.Features.Commenters;
using Parley.Features.Comments;
using Parley.Features.Flags;
using Parley.Features.Moderation;
using Parley.Features.Perspective;
using Parley.Features.Sites;
using Parley.Features.Stories;
using Parley.Features.Votes;

namespace Parley.Data;

/// <summary>
/// The one DbContext. Two thin subclasses exist only so each provider keeps its own migration set
/// (EF Core's documented "one context type per provider" pattern); application code uses this type.
/// </summary>
internal class ParleyDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<Commenter> Commenters => Set<Commenter>();

    public DbSet<AuthSession> Sessions => Set<AuthSession>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentRevision> CommentRevisions => Set<CommentRevision>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<Flag> Flags => Set<Flag>();

    public DbSet<Sanction> Sanctions => Set<Sanction>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<SiteModel> SiteModels => Set<SiteModel>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<SuggestedScore> SuggestedScores => Set<SuggestedScore>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ParleyDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite hands DateTimes back as Unspecified, so say so on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

internal sealed class SqliteParleyDbContext(DbContextOptions<SqliteParleyDbContext> options) : ParleyDbContext(options);

internal sealed class PostgresParleyDbContext(DbContextOptions<PostgresParleyDbContext> options) : ParleyDbContext(options);
