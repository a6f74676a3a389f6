using BookingOps.Domain.Common;

namespace BookingOps.Tests.Domain;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+60 12-345 6789", true)]
    [InlineData("012-345 6789", true)]
    [InlineData("(03) 7890 1234", true)]
    [InlineData("1234567", true)]
    [InlineData("123456", false)]
    [InlineData("+60 12-345 6789 1234 5", false)]
    [InlineData("012 345 678a", false)]
    [InlineData("", false)]
    public void Phone_numbers_are_7_to_15_digits_with_usual_separators(string phone, bool valid)
    {
        Assert.Equal(valid, PhoneNumber.IsValid(phone));
    }

    [Theory]
    [InlineData("012-345 6789", new[] { "0123456789", "60123456789" })]
    [InlineData("+60 12-345", new[] { "6012345", "012345" })]
    [InlineData("(03) 7890", new[] { "037890", "6037890" })]
    [InlineData("123 45", new[] { "12345" })]
    [InlineData("60", new string[0])]
    [InlineData("012a", new string[0])]
    [InlineData("INV-2026", new string[0])]
    public void A_typed_phone_is_looked_up_by_its_digits_in_its_local_and_country_code_forms(string typed, string[] forms)
    {
        Assert.Equal(forms, PhoneNumber.SearchForms(typed));
    }
}
