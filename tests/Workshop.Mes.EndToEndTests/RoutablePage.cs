using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Workshop.Mes.EndToEndTests;

/// <summary>One <c>@page</c> route of the app, found by reflection so that a new page is opened by the tests without being listed.</summary>
internal sealed partial record RoutablePage(string Template, Type Component)
{
    public static IReadOnlyList<RoutablePage> All { get; } = typeof(Program).Assembly.GetTypes()
        .Where(type => type.IsAssignableTo(typeof(IComponent)))
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => new RoutablePage(route.Template, type)))
        .OrderBy(page => page.Template, StringComparer.Ordinal)
        .ToList();

    /// <summary>The tablet app's screens (<c>Workshop.Mes.ShopFloor</c>, served under <c>/floor/</c>; templates relative to it).</summary>
    public static IReadOnlyList<RoutablePage> Tablet { get; } = typeof(Workshop.Mes.ShopFloor.Resources.Text).Assembly.GetTypes()
        .Where(type => type.IsAssignableTo(typeof(IComponent)))
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => new RoutablePage(route.Template, type)))
        .OrderBy(page => page.Template, StringComparer.Ordinal)
        .ToList();

    /// <summary>Pages people reach before signing in: sign-in, set-up, invitation links, the tablet's pages.</summary>
    public bool AnyoneMayOpen => Component.IsDefined(typeof(AllowAnonymousAttribute), inherit: true);

    /// <summary>The first segment of the path (<c>inventory</c> for <c>/inventory/lots/{Id:guid}</c>; empty for <c>/</c>).</summary>
    public string Module => Template.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    public bool HasParameter => Parameter().IsMatch(Template);

    /// <summary>The path before the route's parameter: <c>/items</c> for <c>/items/{Id:guid}</c>.</summary>
    public string Collection => Template[..Parameter().Match(Template).Index].TrimEnd('/');

    /// <summary>The address with <paramref name="value"/> in place of the route's parameter.</summary>
    public string With(string value) => Parameter().Replace(Template, Uri.EscapeDataString(value), count: 1);

    public override string ToString() => Template;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
