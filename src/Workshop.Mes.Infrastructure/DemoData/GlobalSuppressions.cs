using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Security",
    "CA5394:Do not use insecure randomness",
    Justification = "Demo data must be reproducible from a fixed seed, not secret.",
    Scope = "namespaceanddescendants",
    Target = "~N:Workshop.Mes.Infrastructure.DemoData")]
