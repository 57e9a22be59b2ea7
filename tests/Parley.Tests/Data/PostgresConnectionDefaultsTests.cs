using Npgsql;
using Parley.Data;

namespace Parley.Tests.Data;

/// <summary>The Npgsql defaults Parley adds for its short queries, and the operator's word winning over them.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Adds_prepared_statements_and_no_reset_when_the_string_is_silent()
    {
        var b = new NpgsqlConnectionStringBuilder(DataExtensions.PreparePostgres("Host=127.0.0.1;Username=parley;Password='a;b'"));

        Assert.Equal(64, b.MaxAutoPrepare);
        Assert.Equal(2, b.AutoPrepareMinUsages);
        Assert.True(b.NoResetOnClose);
        Assert.Equal("a;b", b.Password);
    }

    [Fact]
    public void Keeps_the_operators_minimum_usages_when_only_that_is_set()
    {
        var b = new NpgsqlConnectionStringBuilder(DataExtensions.PreparePostgres("Host=db;Auto Prepare Min Usages=7"));

        Assert.Equal(7, b.AutoPrepareMinUsages);
        Assert.Equal(64, b.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NoResetOnClose=false")]
    public void Keeps_what_the_operator_set(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(DataExtensions.PreparePostgres(connectionString));

        Assert.Equal(0, b.MaxAutoPrepare);
        Assert.False(b.NoResetOnClose);
    }
}
