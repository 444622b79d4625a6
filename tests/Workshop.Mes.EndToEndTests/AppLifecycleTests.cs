namespace Workshop.Mes.EndToEndTests;

/// <summary>What a newcomer notices around starting and stopping the app: no leftovers, and a clear word when PostgreSQL is missing.</summary>
public sealed class AppLifecycleTests
{
    [Fact]
    public async Task Stopping_the_app_leaves_no_postgres_process_behind()
    {
        using var folder = new ScratchFolder("stop");
        var dataFolder = folder.Sub("data");
        await using var app = AppProcess.Start(folder.Path, dataFolder);
        await app.WaitUntilReadyAsync(RunningApp.StartDeadline, TestContext.Current.CancellationToken);
        var cluster = Path.Combine(dataFolder, "postgres");
        ProcessTable.Mentioning(cluster).ShouldNotBeEmpty("while the app runs, its PostgreSQL server runs on the cluster in its data folder");

        var exitCode = await app.StopAsync(RunningApp.StopHangGuard);

        exitCode.ShouldBe(0, app.Output);
        ProcessTable.Mentioning(dataFolder).ShouldBeEmpty(app.Output);
    }

    [Fact]
    public async Task Missing_postgres_binaries_fail_fast_with_install_instructions()
    {
        using var folder = new ScratchFolder("nopg");
        var dataFolder = folder.Sub("data");
        var emptyFolder = folder.Sub("no-postgres-here");
        await using var app = AppProcess.Start(folder.Path, dataFolder, $"--Database:Embedded:SearchPaths:0={emptyFolder}");

        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(60));

        exitCode.ShouldBe(1, app.Output);
        app.StandardError.ShouldContain("apt-get install postgresql");
        app.StandardError.ShouldContain("brew install");
        app.StandardError.ShouldContain("docker compose");
        Directory.Exists(Path.Combine(dataFolder, "postgres")).ShouldBeFalse("nothing is created before the binaries are found");
    }
}
