using BookingOps.Domain.Bookings;
using BookingOps.Domain.Fleet;

namespace BookingOps.Tests.Domain;

public sealed class EquipmentMatchingTests
{
    [Theory]
    [InlineData("4×12×6 ft", "4×12×6")]
    [InlineData("4 x 12 x 6 ft", "4×12×6")]
    [InlineData("4X12X6 FEET", "4×12×6")]
    [InlineData(" 4*12*6' ", "4×12×6")]
    [InlineData("20 yard", "20yard")]
    [InlineData("  ", null)]
    [InlineData("ft", null)]
    [InlineData(null, null)]
    public void Sizes_typed_differently_share_a_key(string? typed, string? key) => Assert.Equal(key, AssetSize.Key(typed));

    [Theory]
    [InlineData("Bin", new[] { AssetKind.Bin }, null)]
    [InlineData(" skips ", new[] { AssetKind.Bin }, null)]
    [InlineData("lorry", new[] { AssetKind.Vehicle, AssetKind.ExternalLorry }, null)]
    [InlineData("Hired  Lorry", new[] { AssetKind.ExternalLorry }, null)]
    [InlineData("vehicle", new[] { AssetKind.Vehicle }, null)]
    [InlineData("equipment", new[] { AssetKind.Equipment }, null)]
    [InlineData("Sound System", new[] { AssetKind.Equipment }, "sound system")]
    public void A_requirement_type_names_kinds_or_a_piece_of_equipment(string type, AssetKind[] kinds, string? term)
    {
        var match = AssetMatch.For(type, null);

        Assert.Equal(kinds, match.Kinds);
        Assert.Equal(term, match.Term);
    }

    [Fact]
    public void An_asset_fits_when_kind_size_and_description_agree()
    {
        var bin = AssetMatch.For("bin", "4 x 12 x 6 ft");
        Assert.True(bin.Fits(new AssetTraits(AssetKind.Bin, "4×12×6", null)));
        Assert.False(bin.Fits(new AssetTraits(AssetKind.Bin, "3×10×6", null)));
        Assert.False(bin.Fits(new AssetTraits(AssetKind.Equipment, "4×12×6", null)));
        Assert.True(AssetMatch.For("bin", null).Fits(new AssetTraits(AssetKind.Bin, "3×10×6", null)));

        var sound = AssetMatch.For("sound system", null);
        Assert.True(sound.Fits(new AssetTraits(AssetKind.Equipment, null, "JBL Sound System, 2 speakers")));
        Assert.False(sound.Fits(new AssetTraits(AssetKind.Equipment, null, "Lighting rig")));
        Assert.False(sound.Fits(new AssetTraits(AssetKind.Equipment, null, null)));
    }

    [Fact]
    public void Each_asset_fills_one_place_and_narrow_requirements_are_served_first()
    {
        AssetRequirement[] requirements =
        [
            new() { AssetType = "bin", Count = 2 },
            new() { AssetType = "bin", Size = "4×12×6 ft", Count = 1 },
            new() { AssetType = "lorry", Count = 1 },
        ];
        AssetTraits[] assigned =
        [
            new(AssetKind.Bin, "4×12×6", null),
            new(AssetKind.Bin, "3×10×6", null),
            new(AssetKind.ExternalLorry, null, null),
        ];

        var gaps = EquipmentNeeds.Gaps(requirements, assigned);

        Assert.Equal(
            [new EquipmentGap("bin", null, 2, 1), new EquipmentGap("bin", "4×12×6 ft", 1, 1), new EquipmentGap("lorry", null, 1, 1)],
            gaps);
        Assert.Equal("1 × bin", gaps[0].Describe());
        Assert.Equal("0 × bin (4×12×6 ft)", gaps[1].Describe());
    }

    [Fact]
    public void Without_requirements_nothing_is_missing_and_without_assets_everything_is()
    {
        Assert.Empty(EquipmentNeeds.Gaps([], [new AssetTraits(AssetKind.Bin, null, null)]));
        Assert.Equal(3, Assert.Single(EquipmentNeeds.Gaps([new AssetRequirement { AssetType = "bin", Count = 3 }], [])).Missing);
    }
}
