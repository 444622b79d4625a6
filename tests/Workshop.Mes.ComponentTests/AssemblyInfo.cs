using Workshop.Mes.Testing;
using Xunit.Sdk;
using Xunit.v3;

[assembly: AssemblyFixture(typeof(MesDatabase))]

// Every test empties and refills the one shared database, so they run one at a time.
[assembly: Parallelization(Mode = ParallelMode.None)]
