using BookingOps.Domain.Accounts;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

/// <summary>A business with a customer and two performers who sign in on their phones: Aina Razak and Ben Lim.</summary>
public abstract class CrewMoneyTest : DomainTest
{
    protected int Customer { get; private set; }

    protected (int Id, string Login) Aina { get; private set; }

    protected (int Id, string Login) Ben { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        Customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        Aina = await PersonAsync("Aina Razak", "aina@example.test");
        Ben = await PersonAsync("Ben Lim", "ben@example.test");
    }

    private async Task<(int Id, string Login)> PersonAsync(string name, string email)
    {
        var login = await Harness.Get<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = name, Email = email, Role = Roles.Crew, Password = "a long enough password" });
        return (await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { UserId = login, Name = name, Roles = ["dancer"], Phone = "012-555 4000" }), login);
    }
}
