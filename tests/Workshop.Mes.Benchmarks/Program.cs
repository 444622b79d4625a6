using Workshop.Mes.Benchmarks;

// Measurements that tests never make (PERFORMANCE.md): each command prints its figures and appends a
// dated section to docs/benchmarks.md.
return args switch
{
    ["startup", ..] => await StartupBenchmark.RunAsync(args[1..]),
    ["ingest", ..] => await IngestBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run --project tests/Workshop.Mes.Benchmarks -c Release -- <command>
          startup [--runs N]                    P6: first and later start
          ingest [--quick] [--baseline-only]    P1, P2: floor events through the API beside raw Npgsql (B1)
        """);
    return 2;
}
