using Workshop.Mes.EndToEndTests;

[assembly: AssemblyFixture(typeof(RunningApp))]

// One app and one browser serve every test; the lifecycle tests start apps of their own, which is enough load for a small machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
