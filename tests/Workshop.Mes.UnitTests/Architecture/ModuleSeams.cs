using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Workshop.Mes.UnitTests.Architecture;

/// <summary>One place where code of one module uses another module's table, entity or own type.</summary>
internal sealed record SeamCrossing(string CallerModule, string Caller, string TargetModule, string Target)
{
    /// <summary>What an allow-list entry names: which module reaches which of another's, whichever of its types does.</summary>
    public string Key => $"{CallerModule} → {TargetModule}: {Target}";

    public override string ToString() => $"{CallerModule} → {TargetModule}: {Caller} uses {Target}";
}

/// <summary>
/// Reads the web assembly as IL and finds where a module (a folder under <c>Features/</c>) reaches past another
/// module's published surface: its tables (a DbSet, or <c>Set&lt;T&gt;()</c>) or its types that are not marked
/// <c>[ModuleSurface]</c>. Hosting, components and the files directly in <c>Features/</c> belong to no module.
/// </summary>
internal static class ModuleSeams
{
    private const string Features = "Workshop.Mes.Web.Features.";
    private const string DbContextName = "Workshop.Mes.Infrastructure.Database.MesDbContext";

    /// <summary>Cross-cutting conventions every module uses (idempotency, row versions, exports).</summary>
    private static readonly HashSet<string> _sharedFolders = ["Api", "Exports"];

    /// <summary>Which module owns each table, named by its DbSet on MesDbContext.</summary>
    public static readonly IReadOnlyDictionary<string, string> TableOwners = new Dictionary<string, string>
    {
        ["Workshops"] = "Tenancy",
        ["Memberships"] = "Tenancy",
        ["Invitations"] = "Tenancy",
        ["Workers"] = "Tenancy",
        ["FloorDevices"] = "Tablets",
        ["DevicePairings"] = "Tablets",
        ["WorkerSessions"] = "Tablets",
        ["ApiKeys"] = "ApiKeys",
        ["NumberSequences"] = "",
        ["Items"] = "Catalog",
        ["BomLines"] = "Catalog",
        ["Workstations"] = "Catalog",
        ["RoutingSteps"] = "Catalog",
        ["DefectCodes"] = "Catalog",
        ["DowntimeReasons"] = "Catalog",
        ["Locations"] = "Catalog",
        ["CustomerOrders"] = "Orders",
        ["CustomerOrderLines"] = "Orders",
        ["Shipments"] = "Orders",
        ["ShipmentLines"] = "Orders",
        ["WorkOrders"] = "WorkOrders",
        ["WorkOrderSteps"] = "WorkOrders",
        ["WorkOrderMaterials"] = "WorkOrders",
        ["ProductionEvents"] = "WorkOrders",
        ["StepLabour"] = "ShopFloor",
        ["RefusedEvents"] = "ShopFloor",
        ["DefectRecords"] = "Quality",
        ["DefectPhotos"] = "Quality",
        ["PhotoContents"] = "Quality",
        ["Downtimes"] = "Quality",
        ["ProductionRollups"] = "Dashboard",
        ["DashboardVisits"] = "Dashboard",
        ["WorkshopProfiles"] = "Assessment",
        ["SelfAssessmentAnswers"] = "Assessment",
        ["IndicatorVerifications"] = "Assessment",
        ["WorkshopGoals"] = "Assessment",
        ["StageEvaluations"] = "Assessment",
        ["StageAssessments"] = "Assessment",
        ["PeerAggregates"] = "Assessment",
        ["Lots"] = "Inventory",
        ["StockMovements"] = "Inventory",
        ["StockBalances"] = "Inventory",
        ["StockCountLines"] = "Inventory",
        ["AuditEntries"] = "Audit",
        ["IdempotentRequests"] = "",
        ["Users"] = "Identity",
        ["UserClaims"] = "Identity",
        ["UserLogins"] = "Identity",
        ["UserTokens"] = "Identity",
    };

    public static IReadOnlyList<SeamCrossing> Find(string webAssemblyPath)
    {
        var folder = Path.GetDirectoryName(webAssemblyPath)!;
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(folder);
        using var web = AssemblyDefinition.ReadAssembly(webAssemblyPath, new ReaderParameters { AssemblyResolver = resolver });
        using var infrastructure = AssemblyDefinition.ReadAssembly(Path.Combine(folder, "Workshop.Mes.Infrastructure.dll"));
        var entityTables = EntityTables(infrastructure.MainModule.GetType(DbContextName));

        var crossings = new HashSet<SeamCrossing>();
        foreach (var type in web.MainModule.GetTypes())
        {
            var module = ModuleOf(type);
            if (module is null)
            {
                continue;
            }

            var caller = TopLevel(type).FullName;
            foreach (var used in TypesUsedBy(type))
            {
                if (used.Scope is ModuleDefinition && used.Resolve() is { } definition
                    && ModuleOf(definition) is { } owner && owner != module && !IsSurface(TopLevel(definition)))
                {
                    crossings.Add(new SeamCrossing(module, caller, owner, "the module's own type " + TopLevel(definition).FullName));
                }
            }

            foreach (var table in TablesThroughOwnGenerics(type, entityTables))
            {
                if (TableOwners[table] is { Length: > 0 } owner && owner != module)
                {
                    crossings.Add(new SeamCrossing(module, caller, owner, "the table db." + table));
                }
            }

            foreach (var table in TablesReadBy(type, entityTables))
            {
                if (!TableOwners.TryGetValue(table, out var owner))
                {
                    throw new InvalidOperationException($"The table {table} has no owner in ModuleSeams.TableOwners: say which module owns it.");
                }

                if (owner.Length > 0 && owner != module)
                {
                    crossings.Add(new SeamCrossing(module, caller, owner, "the table db." + table));
                }
            }
        }

        return [.. crossings.OrderBy(c => c.ToString(), StringComparer.Ordinal)];
    }

    private static string? ModuleOf(TypeDefinition type)
    {
        var space = TopLevel(type).Namespace;
        if (!space.StartsWith(Features, StringComparison.Ordinal))
        {
            return null;
        }

        var folder = space[Features.Length..].Split('.')[0];
        return _sharedFolders.Contains(folder) ? null : folder;
    }

    private static TypeDefinition TopLevel(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static bool IsSurface(TypeDefinition type) =>
        type.CustomAttributes.Any(a => a.AttributeType.Name == "ModuleSurfaceAttribute");

    private static Dictionary<string, string> EntityTables(TypeDefinition dbContext) =>
        dbContext.Properties
            .Where(p => p.PropertyType is GenericInstanceType { Name: "DbSet`1" })
            .ToDictionary(p => ((GenericInstanceType)p.PropertyType).GenericArguments[0].FullName, p => p.Name);

    private static IEnumerable<string> TablesReadBy(TypeDefinition type, Dictionary<string, string> entityTables) =>
        from method in type.Methods
        where method.HasBody
        from instruction in method.Body.Instructions
        where instruction.Operand is MethodReference
        let called = (MethodReference)instruction.Operand
        let table = TableOf(called, entityTables)
        where table is not null
        select table;

    /// <summary>A DbSet property read (<c>db.Items</c>) or a <c>db.Set&lt;Item&gt;()</c> call, named by its DbSet.</summary>
    private static string? TableOf(MethodReference called, Dictionary<string, string> entityTables)
    {
        if (called.Name.StartsWith("get_", StringComparison.Ordinal) && called.ReturnType.Name == "DbSet`1" && IsDbContext(called.DeclaringType))
        {
            return called.Name["get_".Length..];
        }

        // Set<TEntity>() inside a generic helper names no table; the helper's callers do, by their own reads.
        return called is GenericInstanceMethod { ElementMethod.Name: "Set" } generic && generic.GenericArguments[0] is not GenericParameter
                && called.DeclaringType.Name.Contains("DbContext", StringComparison.Ordinal)
            ? entityTables.GetValueOrDefault(generic.GenericArguments[0].FullName, generic.GenericArguments[0].Name)
            : null;
    }

    /// <summary>
    /// Tables reached through one of our own generic helpers (<c>CatalogTable&lt;Worker, …&gt;</c> calls
    /// <c>Set&lt;TEntity&gt;()</c>): the helper names no table, its instantiation does.
    /// </summary>
    private static IEnumerable<string> TablesThroughOwnGenerics(TypeDefinition type, Dictionary<string, string> entityTables) =>
        from used in DirectlyUsedBy(type).OfType<GenericInstanceType>()
        where used.ElementType.Scope is ModuleDefinition && used.ElementType.Resolve() is { } helper && ReadsATableItNamesNot(helper)
        from argument in used.GenericArguments
        where entityTables.ContainsKey(argument.FullName)
        select entityTables[argument.FullName];

    private static bool ReadsATableItNamesNot(TypeDefinition helper) =>
        new[] { helper }.Concat(helper.NestedTypes)
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions)
            .Any(i => i.Operand is GenericInstanceMethod { ElementMethod.Name: "Set" } set && set.GenericArguments[0] is GenericParameter);

    private static bool IsDbContext(TypeReference type) =>
        type.FullName == DbContextName || type.Name.StartsWith("IdentityUserContext", StringComparison.Ordinal);

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type) => DirectlyUsedBy(type).SelectMany(Expand);

    private static List<TypeReference> DirectlyUsedBy(TypeDefinition type)
    {
        var direct = new List<TypeReference>();
        if (type.BaseType is not null)
        {
            direct.Add(type.BaseType);
        }

        direct.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        direct.AddRange(type.Fields.Select(f => f.FieldType));
        direct.AddRange(type.Properties.Select(p => p.PropertyType));
        foreach (var method in type.Methods)
        {
            direct.Add(method.ReturnType);
            direct.AddRange(method.Parameters.Select(p => p.ParameterType));
            if (!method.HasBody)
            {
                continue;
            }

            direct.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference used:
                        direct.Add(used);
                        break;
                    case MethodReference called:
                        direct.Add(called.DeclaringType);
                        direct.Add(called.ReturnType);
                        direct.AddRange(called.Parameters.Select(p => p.ParameterType));
                        if (called is GenericInstanceMethod generic)
                        {
                            direct.AddRange(generic.GenericArguments);
                        }

                        break;
                    case FieldReference field:
                        direct.Add(field.DeclaringType);
                        direct.Add(field.FieldType);
                        break;
                }
            }
        }

        return direct;
    }

    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                yield return generic.ElementType;
                foreach (var argument in generic.GenericArguments.SelectMany(Expand))
                {
                    yield return argument;
                }

                break;
            case TypeSpecification specification:
                foreach (var element in Expand(specification.ElementType))
                {
                    yield return element;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
