using Workshop.Mes.Testing;
using Xunit.v3;

// One PostgreSQL server with a migrated template for the assembly; every test class gets its own copy
// (IClassFixture<MesDatabase>), so classes run in parallel while the tests of one class run one at a time.
[assembly: AssemblyFixture(typeof(MesDatabaseServer))]
