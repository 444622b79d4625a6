using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>Workers (작업자): who signs in on the tablets, with their badge and what an hour of theirs costs.</summary>
internal sealed class WorkersTable(MesContexts contexts, IStringLocalizer<SharedResource> text, TimeProvider clock)
    : CatalogTable<Worker, WorkerView, WorkerRequest>(contexts, text)
{
    public override Area Area => Area.People;

    public override string Route => "workers";

    protected override string CodeField => "badgeCode";

    protected override Expression<Func<Worker, string>> Code => w => w.BadgeCode;

    public override IReadOnlyDictionary<string, Expression<Func<Worker, object>>> Sorts { get; } = new Dictionary<string, Expression<Func<Worker, object>>>
    {
        ["displayName"] = w => w.DisplayName,
        ["badgeCode"] = w => w.BadgeCode,
        ["hourlyCost"] = w => w.HourlyCost,
    };

    public override IReadOnlyDictionary<string, Expression<Func<Worker, bool>>> Kinds { get; } = new Dictionary<string, Expression<Func<Worker, bool>>>
    {
        ["Active"] = w => w.IsActive,
        ["Inactive"] = w => !w.IsActive,
    };

    public override IReadOnlyList<ExportColumn<WorkerView>> Columns { get; } =
    [
        new("Workers.DisplayName", w => w.DisplayName),
        new("Workers.BadgeCode", w => w.BadgeCode),
        new("Workers.HourlyCost", w => w.HourlyCost),
        new("Workers.Active", w => w.IsActive),
    ];

    protected override Expression<Func<Worker, bool>> Matches(string pattern) =>
        w => EF.Functions.ILike(w.DisplayName, pattern) || EF.Functions.ILike(w.BadgeCode, pattern);

    public override WorkerView ToView(Worker w) =>
        new(w.Id, w.DisplayName, w.BadgeCode, w.HourlyCost, w.IsActive, w.PinHash is not null, w.IsPinLockedAt(clock.GetUtcNow()), w.Version);

    public static WorkerRequest ToRequest(WorkerView w) => new() { DisplayName = w.DisplayName, BadgeCode = w.BadgeCode, HourlyCost = w.HourlyCost };

    protected override string? CodeOf(WorkerRequest request) => request.BadgeCode;

    public override Dictionary<string, string[]> Validate(WorkerRequest request)
    {
        var fields = new FieldChecks(Text);
        fields.Text("displayName", request.DisplayName, 100);
        fields.Text("badgeCode", request.BadgeCode, 64);
        fields.NotNegative("hourlyCost", request.HourlyCost);
        return fields.Errors;
    }

    protected override Worker Create(Guid workshopId, WorkerRequest request) =>
        new(workshopId, request.DisplayName!, request.BadgeCode!, request.HourlyCost);

    protected override void Apply(Worker worker, WorkerRequest request)
    {
        worker.Describe(request.DisplayName!, request.BadgeCode!);
        worker.ChangeHourlyCost(request.HourlyCost);
    }

    /// <summary>
    /// The owner gives a worker a new PIN (forgotten, or locked out): it must pass <see cref="PinPolicy"/>, and the
    /// lockout ends. Null when there is no such worker; errors on <c>pin</c> otherwise.
    /// </summary>
    public async Task<Validated<WorkerView>?> ResetPinAsync(WorkshopMember member, Guid id, string? pin, CancellationToken cancellationToken)
    {
        member.Demand(Area, Operation.Change);
        string accepted;
        try
        {
            accepted = PinPolicy.Validate(pin);
        }
        catch (DomainRuleException e)
        {
            var errors = new Dictionary<string, string[]> { ["pin"] = [RuleText.Of(Text, e)] };
            return await GetAsync(member, id, cancellationToken) is null ? null : new Validated<WorkerView>(null, errors);
        }

        var view = await ChangeAsync(member, id, null, w => w.SetPinHash(PinHasher.Hash(w, accepted)), cancellationToken);
        return view is null ? null : new Validated<WorkerView>(view, new Dictionary<string, string[]>());
    }
}
