using Workshop.Mes.Testing;
using Xunit.Sdk;
using Xunit.v3;

// One database for the assembly, emptied before each test; tests therefore run one at a time.
[assembly: AssemblyFixture(typeof(MesDatabase))]
[assembly: Parallelization(Mode = ParallelMode.None)]
