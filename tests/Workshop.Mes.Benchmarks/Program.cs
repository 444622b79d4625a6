using Workshop.Mes.Benchmarks;

// Measurements that tests never make (PERFORMANCE.md): each command prints its figures and appends a
// dated section to docs/benchmarks.md.
return args switch
{
    ["startup", ..] => await StartupBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run --project tests/Workshop.Mes.Benchmarks -c Release -- startup [--runs N]");
    return 2;
}
