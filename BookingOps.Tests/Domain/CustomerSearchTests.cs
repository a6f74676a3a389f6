using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

public sealed class CustomerSearchTests : DomainTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var service = Harness.Get<CustomerService>();
        await service.CreateAsync(CustomerInputs.Valid(name: "Tan Events Sdn Bhd", phone: "+60 12-345 6789", email: "ops@tanevents.my", contact: "Aisyah"));
        await service.CreateAsync(CustomerInputs.Valid(name: "Ahmad Tan", phone: "013-222 1111", email: "ahmad@mail.my", contact: null));
        await service.CreateAsync(CustomerInputs.Valid(name: "Bina Jaya Construction", phone: "03-5555 1234", email: "site@binajaya.my", contact: "Kumar"));
        await service.CreateAsync(CustomerInputs.Valid(name: "Chong Weddings", phone: "016-777 8888", email: null, contact: "Mei Ling"));
    }

    [Theory]
    [InlineData("tan", new[] { "Ahmad Tan", "Tan Events Sdn Bhd" })]
    [InlineData("TAN ev", new[] { "Tan Events Sdn Bhd" })]
    [InlineData("binajaya", new[] { "Bina Jaya Construction" })]
    [InlineData("site@bina", new[] { "Bina Jaya Construction" })]
    [InlineData("0132221111", new[] { "Ahmad Tan" })]
    [InlineData("013-222 1111", new[] { "Ahmad Tan" })]
    [InlineData("+60 12-345", new[] { "Tan Events Sdn Bhd" })]
    [InlineData("012-345", new[] { "Tan Events Sdn Bhd" })]
    [InlineData("+60 13 222", new[] { "Ahmad Tan" })]
    [InlineData("wed", new[] { "Chong Weddings" })]
    [InlineData("nobody", new string[0])]
    public async Task One_box_finds_customers_by_name_word_email_or_phone(string search, string[] expected)
    {
        var result = await Harness.Get<CustomerDirectory>().ListAsync(new CustomerListQuery(search, false, new PageRequest()));

        Assert.Equal(expected, result.Items.Select(c => c.Name));
        Assert.Equal(expected.Length, result.TotalCount);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("tan*")]
    [InlineData("NOT tan")]
    [InlineData("a OR b")]
    [InlineData("(tan")]
    [InlineData("-^:")]
    public async Task Search_syntax_typed_by_a_user_is_treated_as_plain_words(string search)
    {
        var result = await Harness.Get<CustomerDirectory>().ListAsync(new CustomerListQuery(search, false, new PageRequest()));

        Assert.True(result.TotalCount >= 0);
        Assert.Equal(result.TotalCount, result.Items.Count);
    }

    [Fact]
    public async Task A_renamed_customer_is_found_by_the_new_name_only()
    {
        var directory = Harness.Get<CustomerDirectory>();
        var chong = (await directory.ListAsync(new CustomerListQuery("chong", false, new PageRequest()))).Items.Single();
        var form = CustomerInput.From((await directory.FindAsync(chong.Id))!);
        form.Name = "Lim Bridal House";
        await Harness.Get<CustomerService>().UpdateAsync(chong.Id, form);

        Assert.Empty((await directory.ListAsync(new CustomerListQuery("chong", false, new PageRequest()))).Items);
        Assert.Equal(chong.Id, Assert.Single((await directory.ListAsync(new CustomerListQuery("bridal", false, new PageRequest()))).Items).Id);
    }

    [Fact]
    public async Task Pages_and_sorts_on_the_server()
    {
        var directory = Harness.Get<CustomerDirectory>();

        var firstTwo = await directory.ListAsync(new CustomerListQuery(null, false, new PageRequest(0, 2)));
        var rest = await directory.ListAsync(new CustomerListQuery(null, false, new PageRequest(2, 2)));
        var byEmailDescending = await directory.ListAsync(new CustomerListQuery(null, false, new PageRequest(0, 10, CustomerListQuery.SortColumns.Email, Descending: true)));

        Assert.Equal(4, firstTwo.TotalCount);
        Assert.Equal(["Ahmad Tan", "Bina Jaya Construction"], firstTwo.Items.Select(c => c.Name));
        Assert.Equal(["Chong Weddings", "Tan Events Sdn Bhd"], rest.Items.Select(c => c.Name));
        Assert.Equal(["site@binajaya.my", "ops@tanevents.my", "ahmad@mail.my", null], byEmailDescending.Items.Select(c => c.Email));
    }

    [Fact]
    public async Task The_search_uses_the_full_text_index_not_a_scan_of_customers()
    {
        var plan = await Harness.Get<CustomerDirectory>().ExplainListAsync(new CustomerListQuery("tan", false, new PageRequest()));

        Assert.Contains(plan, line => line.Contains("VIRTUAL TABLE INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("SCAN c", StringComparison.Ordinal) || line.Contains("SCAN Customers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("Tan", "\"Tan\"*")]
    [InlineData("ali@example.com", "\"ali\"* \"example\"* \"com\"*")]
    [InlineData("012-345 6789", "\"0123456789\"* OR \"60123456789\"*")]
    [InlineData("\"quoted\" OR *", "\"quoted\"* \"OR\"*")]
    public void Search_text_becomes_a_safe_prefix_query(string? text, string? expected)
    {
        Assert.Equal(expected, CustomerSearchExpression.Build(text));
    }
}
