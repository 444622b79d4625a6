using Workshop.Mes.EndToEndTests;
using Xunit.Sdk;
using Xunit.v3;

[assembly: AssemblyFixture(typeof(RunningApp))]

// One app and one browser serve every test; the lifecycle tests start apps of their own, enough load for a small machine.
[assembly: Parallelization(Mode = ParallelMode.None)]
