using Workshop.Mes.Testing;

// One database for the assembly, emptied before each test; tests therefore run one at a time.
[assembly: AssemblyFixture(typeof(MesDatabase))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
