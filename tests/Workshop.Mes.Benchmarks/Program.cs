using Workshop.Mes.Benchmarks;

// Measurements that tests never make (PERFORMANCE.md): each command prints its figures and appends a
// dated section to docs/benchmarks.md.
return args switch
{
    ["startup", ..] => await StartupBenchmark.RunAsync(args[1..]),
    ["ingest", ..] => await IngestBenchmark.RunAsync(args[1..]),
    ["dashboard", ..] => await DashboardBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run --project tests/Workshop.Mes.Benchmarks -c Release -- <command>
          startup [--runs N]                    P6: first and later start
          ingest [--quick] [--baseline-only]    P1, P2: floor events through the API beside raw Npgsql (B1)
          dashboard [--quick] [--events N] [--total-events M] [--endpoints-under PATH] [--circuits 0,50,100,200|none] [--check-rollups]
                                                P3, P4: dashboard endpoints cold and warm beside SQL on rollups and raw events; memory per circuit
        """);
    return 2;
}
