using Xunit.Abstractions;

[assembly: TestCollectionOrderer("BookingOps.Tests.Browser.BrowserTestsFirst", "BookingOps.Tests")]

namespace BookingOps.Tests.Browser;

/// <summary>
/// Starts the browser tests first. They run one class after another and take longest, so every other
/// collection fits beside them on the second core; started last, they would add their whole time to the run.
/// </summary>
public sealed class BrowserTestsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(collection => collection.DisplayName == BrowserTestGroup.Name ? 0 : 1);
}
