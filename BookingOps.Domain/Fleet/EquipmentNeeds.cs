using BookingOps.Domain.Bookings;

namespace BookingOps.Domain.Fleet;

/// <summary>
/// Matches a booking's equipment requirements against the assets on it. Each asset fills one place;
/// narrow requirements are served first. Pure, so the page, the board and the tests agree.
/// </summary>
public static class EquipmentNeeds
{
    public static IReadOnlyList<EquipmentGap> Gaps(IEnumerable<AssetRequirement> requirements, IEnumerable<AssetTraits> assigned)
    {
        var free = assigned.ToList();
        var filled = new Dictionary<AssetRequirement, int>();
        var wanted = requirements.ToList();
        foreach (var requirement in wanted.OrderByDescending(r => AssetMatch.For(r.AssetType, r.Size).Specificity))
        {
            var match = AssetMatch.For(requirement.AssetType, requirement.Size);
            var taken = free.Where(match.Fits).Take(requirement.Count).ToList();
            taken.ForEach(t => free.Remove(t));
            filled[requirement] = taken.Count;
        }

        return wanted.Select(r => new EquipmentGap(r.AssetType, r.Size, r.Count, filled[r])).ToList();
    }
}
