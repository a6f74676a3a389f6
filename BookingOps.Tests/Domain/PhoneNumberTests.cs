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
}
