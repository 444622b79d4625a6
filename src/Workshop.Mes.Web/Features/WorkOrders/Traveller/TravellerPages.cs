namespace Workshop.Mes.Web.Features.WorkOrders.Traveller;

/// <summary>
/// A table of the traveller (steps, materials): how tall its rows are, how tall its title and column headings are
/// (drawn again on every page it continues on), and the space before its title.
/// </summary>
internal sealed record TravellerTable(int Rows, float RowHeight, float HeadHeight, float GapBefore);

/// <summary>The rows <c>[From, To)</c> of table <see cref="Table"/> drawn on a page, its title starting at <see cref="Top"/>.</summary>
internal sealed record TravellerSlice(int Table, int From, int To, float Top);

/// <summary>
/// Lays the traveller's tables out over as many A4 pages as their rows need, in order: a table that does not fit
/// continues on the next page under the repeated order header, so no step or material is ever left off.
/// </summary>
internal static class TravellerPages
{
    /// <summary>The slices on each page, given where the body of a page starts and ends (all in the same unit).</summary>
    public static IReadOnlyList<IReadOnlyList<TravellerSlice>> Of(IReadOnlyList<TravellerTable> tables, float top, float bottom)
    {
        var pages = new List<List<TravellerSlice>> { new() };
        var y = top;
        for (var table = 0; table < tables.Count; table++)
        {
            var (rows, rowHeight, headHeight, gapBefore) = tables[table];
            var next = 0;
            while (true)
            {
                var start = pages[^1].Count == 0 ? y : y + gapBefore;
                // A hair of tolerance: millimetres turned into points must not lose a row that fits exactly.
                var fit = (int)Math.Floor(((bottom - start - headHeight) / rowHeight) + 0.001f);
                if (start + headHeight > bottom || (fit < 1 && next < rows && pages[^1].Count > 0))
                {
                    pages.Add([]);
                    y = top;
                    continue;
                }

                var take = Math.Clamp(rows - next, 0, Math.Max(fit, 1));
                pages[^1].Add(new TravellerSlice(table, next, next + take, start));
                y = start + headHeight + (take * rowHeight);
                next += take;
                if (next >= rows)
                {
                    break;
                }
            }
        }

        return pages;
    }
}
