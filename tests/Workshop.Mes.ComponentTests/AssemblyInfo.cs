using Workshop.Mes.Testing;

[assembly: AssemblyFixture(typeof(MesDatabase))]

// Every test empties and refills the one shared database, so they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
