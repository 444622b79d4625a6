using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Workshop.Mes.Infrastructure.Database.Embedded;

namespace Workshop.Mes.UnitTests.Database;

public sealed class PostgresBinariesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("workshop-mes-binaries-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Finds_the_binaries_in_a_folder_holding_initdb_pg_ctl_and_postgres()
    {
        SkipOnWindows();
        var folder = CreateFakeBinaries("pg16", "16.2");

        var binaries = await LocateAsync([folder]);

        binaries.Folder.ShouldBe(folder);
        binaries.MajorVersion.ShouldBe(16);
        binaries.Version.ShouldBe("16.2");
        binaries.PgCtl.ShouldBe(Path.Combine(folder, "pg_ctl"));
    }

    [Fact]
    public async Task Missing_binaries_fail_fast_with_install_instructions()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        var error = await Should.ThrowAsync<PostgresBinariesNotFoundException>(
            () => LocateAsync([empty]));

        error.Message.ShouldContain("apt-get install postgresql");
        error.Message.ShouldContain("brew install");
        error.Message.ShouldContain("docker compose");
        error.Message.ShouldContain("Database__Embedded__BinariesPath");
        error.Message.ShouldContain(empty);
    }

    [Fact]
    public async Task A_too_old_version_is_refused_and_named_in_the_message()
    {
        SkipOnWindows();
        var folder = CreateFakeBinaries("pg14", "14.11");

        var error = await Should.ThrowAsync<PostgresBinariesNotFoundException>(
            () => LocateAsync([folder]));

        error.Message.ShouldContain("14.11");
        error.Message.ShouldContain(folder);
    }

    [Fact]
    public async Task A_too_old_version_is_skipped_for_a_newer_one_later_in_the_search()
    {
        SkipOnWindows();
        var old = CreateFakeBinaries("pg14", "14.11");
        var current = CreateFakeBinaries("pg17", "17.0");

        var binaries = await LocateAsync([old, current]);

        binaries.Folder.ShouldBe(current);
    }

    [Fact]
    public async Task A_folder_missing_one_of_the_three_tools_does_not_qualify()
    {
        SkipOnWindows();
        var folder = CreateFakeBinaries("partial", "16.2");
        File.Delete(Path.Combine(folder, "initdb"));

        await Should.ThrowAsync<PostgresBinariesNotFoundException>(
            () => LocateAsync([folder]));
    }

    [Fact]
    public async Task Symlinked_binaries_resolve_to_the_real_folder()
    {
        SkipOnWindows();
        var real = CreateFakeBinaries("real", "16.2");
        var links = Directory.CreateDirectory(Path.Combine(_root, "links")).FullName;
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            File.CreateSymbolicLink(Path.Combine(links, tool), Path.Combine(real, tool));
        }

        var binaries = await LocateAsync([links]);

        binaries.Folder.ShouldBe(real);
    }

    [Fact]
    public async Task A_configured_folder_is_used_instead_of_the_search()
    {
        SkipOnWindows();
        var configured = CreateFakeBinaries("configured", "15.6");
        var other = CreateFakeBinaries("other", "16.2");

        var binaries = await LocateAsync([other], binariesPath: configured);

        binaries.Folder.ShouldBe(configured);
    }

    [Fact]
    public async Task An_invalid_configured_folder_fails_naming_that_folder()
    {
        var configured = Path.Combine(_root, "not-there");

        var error = await Should.ThrowAsync<PostgresBinariesNotFoundException>(
            () => LocateAsync(searchPaths: null, binariesPath: configured));

        error.Message.ShouldContain(configured);
        error.Message.ShouldContain("apt-get install postgresql");
    }

    [Fact]
    public async Task Starting_without_binaries_fails_fast_and_creates_no_cluster_folder()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        var dataFolder = Path.Combine(_root, "data");
        var options = new EmbeddedPostgresOptions { DataFolder = dataFolder, SearchPaths = [empty] };
        var stopwatch = Stopwatch.StartNew();

        await Should.ThrowAsync<PostgresBinariesNotFoundException>(
            () => EmbeddedPostgres.StartAsync(options, NullLogger.Instance, TestContext.Current.CancellationToken));

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        Directory.Exists(Path.Combine(dataFolder, "postgres")).ShouldBeFalse();
        Directory.Exists(dataFolder).ShouldBeFalse();
    }

    private static Task<PostgresBinaries> LocateAsync(IReadOnlyList<string>? searchPaths, string? binariesPath = null) =>
        PostgresBinaries.LocateAsync(
            new EmbeddedPostgresOptions { DataFolder = "unused", SearchPaths = searchPaths, BinariesPath = binariesPath },
            TestContext.Current.CancellationToken);

    private static void SkipOnWindows() =>
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The fake binaries are shell scripts.");

    /// <summary>A folder with executable initdb, pg_ctl and postgres scripts; pg_ctl reports <paramref name="version"/>.</summary>
    private string CreateFakeBinaries(string name, string version)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            var path = Path.Combine(folder, tool);
            File.WriteAllText(path, $"#!/bin/sh\necho \"{tool} (PostgreSQL) {version}\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return folder;
    }
}
