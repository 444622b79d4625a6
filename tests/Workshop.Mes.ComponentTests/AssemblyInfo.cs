using Workshop.Mes.Testing;
using Xunit.v3;

// One PostgreSQL server with a migrated template; each test class gets its own copy (IClassFixture<MesDatabase>).
[assembly: AssemblyFixture(typeof(MesDatabaseServer))]
